using ComplianceHub.DataSubjectRequests.CompleteTask;
using ComplianceHub.DataSubjectRequests.Erasure;
using ComplianceHub.DataSubjectRequests.ExtendDeadline;
using ComplianceHub.DataSubjectRequests.Fulfilment;
using ComplianceHub.DataSubjectRequests.FulfilmentSystems;
using ComplianceHub.DataSubjectRequests.GetRequest;
using ComplianceHub.DataSubjectRequests.ListRequests;
using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using ComplianceHub.DataSubjectRequests.Respond;
using ComplianceHub.DataSubjectRequests.Retention;
using ComplianceHub.DataSubjectRequests.Subjects;
using ComplianceHub.DataSubjectRequests.VerifyIdentity;
using ComplianceHub.DataSubjectRequests.Workflow;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Messaging.Sagas;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>Rights requests (Art. 12, 15–22): exact deadlines, extensions, fulfilment fan-out, erasure of our own stores.</summary>
public static class DataSubjectRequestsModule
{
    public static IHostApplicationBuilder AddDataSubjectRequestsModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DataSubjectRequestsOptions>(DataSubjectRequestsOptions.Section);
        builder.AddModuleDbContext<DataSubjectRequestsDbContext>();
        builder.Services.AddScoped<SubjectVault>();
        builder.Services.AddScoped<FanOut>();
        builder.Services.AddScoped<TaskCompletion>();
        builder.Services.AddSingleton<TaskCompletionToken>();
        builder.Services.AddSingleton<TaskCompletionRefusal>();
        builder.Services.AddScoped<OwnStoresErasure>();
        builder.Services.AddScoped<RequestProjection>();
        // Through the SSRF guard; no redirects: a redirect could carry the subject elsewhere.
        builder.AddOutboundHttpClient(DeliverFulfilmentWebhookConsumer.ClientName, TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<RequestRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RequestRetention>());
        builder.AddModuleMessaging(bus =>
        {
            bus.AddModuleSagaStateMachine<DataSubjectRequestStateMachine, DataSubjectRequestWorkflow, DataSubjectRequestsDbContext>();
            bus.AddConsumer<DeliverFulfilmentWebhookConsumer>();
            bus.AddConsumer<DataSubjectRequestTaskCompletedConsumer>();
            bus.AddConsumer<DataSubjectErasedConsumer>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapDataSubjectRequestsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapReceiveRequest();
        api.MapListRequests();
        api.MapGetRequest();
        api.MapVerifyIdentity();
        api.MapExtendDeadline();
        api.MapCompleteTask();
        api.MapRespond();
        api.MapFulfilmentSystems();
        return api;
    }
}
