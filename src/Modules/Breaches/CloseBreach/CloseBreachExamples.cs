using ComplianceHub.Breaches.ReportBreach;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;

namespace ComplianceHub.Breaches.CloseBreach;

/// <summary><see cref="ReportBreachExamples"/>'s breach closed after nine days.</summary>
internal static class CloseBreachExamples
{
    public static readonly CloseBreachRequest Close = new() { Summary = "Authority notified, customers informed, credentials rotated." };

    public static readonly BreachClosedView Closed = new(Id, AwareAt.AddDays(9));
}
