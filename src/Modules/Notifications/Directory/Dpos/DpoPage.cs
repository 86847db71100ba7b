namespace ComplianceHub.Notifications.Directory.Dpos;

public sealed record DpoPage(IReadOnlyList<DpoView> Items, int Page, int PageSize, int Total);
