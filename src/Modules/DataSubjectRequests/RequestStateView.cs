namespace ComplianceHub.DataSubjectRequests;

/// <summary>The answer to a command on a request: where it stands now.</summary>
public sealed record RequestStateView(Guid Id, string Status, DateTimeOffset DueAt, bool ClockStopped, int ExtensionMonths)
{
    internal static RequestStateView Of(DataSubjectRequest r) =>
        new(r.Id, r.Status.ToString(), r.DueAt, RequestClock.Stopped(r), r.ExtensionMonths);
}
