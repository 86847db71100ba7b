using ComplianceHub.Breaches;
using ComplianceHub.DataSubjectRequests;
using ComplianceHub.Notifications;
using ComplianceHub.Reporting;
using ComplianceHub.Security;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;

return await ComplianceHubRunner.RunAsync(args, static args =>
{
    var builder = ComplianceHubHost.CreateBuilder(args);
    builder.AddBreachesModule();
    builder.AddNotificationsModule();
    builder.AddReportingModule();
    builder.AddSecurityModule();
    builder.AddDataSubjectRequestsModule();
    builder.AddMessaging();

    var app = builder.Build();
    var api = app.MapComplianceHub();
    api.MapBreachesEndpoints();
    api.MapNotificationsEndpoints();
    api.MapReportingEndpoints();
    api.MapSecurityEndpoints();
    api.MapDataSubjectRequestsEndpoints();
    app.MapNotificationsPages();
    return app;
});
