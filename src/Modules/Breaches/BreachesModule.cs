using ComplianceHub.Breaches.AssessRisk;
using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.AuthorityNotification;
using ComplianceHub.Breaches.CloseBreach;
using ComplianceHub.Breaches.ControllerNotification;
using ComplianceHub.Breaches.GetBreach;
using ComplianceHub.Breaches.ListBreaches;
using ComplianceHub.Breaches.PotentialBreaches;
using ComplianceHub.Breaches.Register;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Breaches.SubjectCommunication;
using ComplianceHub.Breaches.Workflow;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Messaging.Sagas;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Breaches;

/// <summary>Breach intake, the Art. 33 clock and the breach register (Art. 33, 34, 5(2)).</summary>
public static class BreachesModule
{
    public static IHostApplicationBuilder AddBreachesModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<BreachesOptions>(BreachesOptions.Section);
        builder.AddSupervisoryAuthorities();
        builder.AddModuleDbContext<BreachesDbContext>();
        builder.Services.AddScoped<BreachIntake>();
        builder.Services.AddScoped<BreachProjection>();
        builder.AddModuleMessaging(bus =>
        {
            bus.AddModuleSagaStateMachine<BreachWorkflowStateMachine, BreachWorkflow, BreachesDbContext>();
            bus.AddConsumer<PotentialBreachDetectedConsumer>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapBreachesEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapReportBreach();
        api.MapListBreaches();
        api.MapBreachRegister();
        api.MapGetBreach();
        api.MapAssessRisk();
        api.MapGetAuthorityNotificationDraft();
        api.MapRecordAuthorityNotification();
        api.MapRecordSubjectCommunication();
        api.MapRecordControllerNotification();
        api.MapCloseBreach();
        return api;
    }
}
