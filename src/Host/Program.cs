using ComplianceHub.Breaches;
using ComplianceHub.DataSubjectRequests;
using ComplianceHub.Notifications;
using ComplianceHub.Reporting;
using ComplianceHub.Security;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Operations;

return await ComplianceHubRunner.RunAsync(args, static args =>
{
    var builder = ComplianceHubHost.CreateBuilder(args);

    // Platform modules: who calls, what is recorded, what failed, what is retried, what is guarded.
    builder.AddIdentityModule();
    builder.AddAuditModule();
    builder.AddDeadLettersModule();
    builder.AddIdempotencyModule();
    builder.AddOperationsModule();

    // Business modules.
    builder.AddBreachesModule();
    builder.AddNotificationsModule();
    builder.AddReportingModule();
    builder.AddSecurityModule();
    builder.AddDataSubjectRequestsModule();

    // Last: the bus reads what every module registered, and refuses a module added after it.
    builder.AddMessaging();

    var app = builder.Build();
    var api = app.MapComplianceHub();
    api.MapIdentityEndpoints();
    api.MapAuditEndpoints();
    api.MapDeadLetterEndpoints();
    api.MapOperationsEndpoints();
    api.MapBreachesEndpoints();
    api.MapNotificationsEndpoints();
    api.MapReportingEndpoints();
    api.MapSecurityEndpoints();
    api.MapDataSubjectRequestsEndpoints();
    app.MapNotificationsPages();
    return app;
});
