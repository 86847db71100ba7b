using MassTransit;

namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>The saga's own timeline entries, written in the same transaction as the saga state.</summary>
internal static class WorkflowTimeline
{
    public static void Add(BehaviorContext<DataSubjectRequestWorkflow> context, DateTimeOffset at, string kind, string detail) =>
        context.GetServiceOrCreateInstance<DataSubjectRequestsDbContext>().Timeline.Add(new TimelineEntry
        {
            RequestId = context.Saga.CorrelationId,
            At = at,
            Kind = kind,
            Actor = TimelineKinds.Workflow,
            Detail = detail,
        });
}
