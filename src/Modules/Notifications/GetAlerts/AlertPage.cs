namespace ComplianceHub.Notifications.GetAlerts;

public sealed record AlertPage(IReadOnlyList<AlertView> Items, int Page, int PageSize, int Total);
