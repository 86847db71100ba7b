using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.ReportBreach;

namespace ComplianceHub.Breaches.CloseBreach;

internal static class CloseBreachEndpoint
{
    public static void MapCloseBreach(this IEndpointRouteBuilder api) =>
        api.MapBreachCommand<CloseBreachRequest, BreachClosedView>(new("close", "CloseBreach", CloseBreachExamples.Close, CloseBreachExamples.Closed,
            "Close a breach; refused (409) while a required notification or communication is outstanding, unless assessed as NoRisk."), Plan);

    private static BreachCommandSteps<BreachClosedView> Plan(CloseBreachRequest request, BreachCommandContext command, ValidationErrors errors)
    {
        errors.Text("summary", request.Summary, BreachLimits.RationaleLength, required: true);
        return new BreachCommandSteps<BreachClosedView>(
            Refusal: async breach =>
            {
                var notified = await command.Db.AuthorityNotifications
                    .Where(n => n.BreachId == breach.Id && n.Phase == NotificationPhase.Initial)
                    .Select(n => n.AuthorityCountry).ToListAsync(command.CancellationToken);
                return Outstanding.Of(breach, notified) is { Count: > 0 } owed ? $"Outstanding: {string.Join("; ", owed)}." : null;
            },
            Record: async breach =>
            {
                var now = command.Now();
                breach.ClosedAt = now;
                breach.ClosingSummary = command.PersonalData.Protect(request.Summary!.Trim(), breach.Id, nameof(Breach.ClosingSummary));
                await command.RecordAsync(breach, now, TimelineKinds.Closed, "Closed.",
                    new BreachClosed { BreachId = breach.Id, OrganizationId = breach.OrganizationId, ClosedAt = now });
                return new BreachClosedView(breach.Id, now);
            });
    }
}
