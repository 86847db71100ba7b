using MassTransit;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// Evaluates one source's events in submission order. Its endpoint (<c>security-events-evaluation</c>) is ordered by
/// partition key (the source), so events of one source never overtake each other; sources run side by side.
/// Alerts, rule state and outgoing events commit in one transaction with the inbox row: exactly once.
/// </summary>
public sealed class SecurityEventsEvaluationConsumer(RuleEvaluator evaluator, SecurityDbContext db) : IConsumer<EvaluateSecurityEvents>
{
    public const string Endpoint = "security-events-evaluation";

    public async Task Consume(ConsumeContext<EvaluateSecurityEvents> context)
    {
        await evaluator.EvaluateAsync(context.Message, context, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
