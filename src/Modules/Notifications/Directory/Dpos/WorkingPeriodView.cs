namespace ComplianceHub.Notifications.Directory.Dpos;

public sealed record WorkingPeriodView(string Day, string Start, string End);
