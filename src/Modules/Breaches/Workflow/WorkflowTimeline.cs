using MassTransit;

namespace ComplianceHub.Breaches.Workflow;

/// <summary>The saga's own timeline entries, written in the same transaction as the saga state.</summary>
internal static class WorkflowTimeline
{
    public static void Add(BehaviorContext<BreachWorkflow> context, DateTimeOffset at, string kind, string detail) =>
        BreachTimeline.Add(context.GetServiceOrCreateInstance<BreachesDbContext>(), context.Saga.CorrelationId, at, kind, TimelineKinds.Workflow, detail);
}
