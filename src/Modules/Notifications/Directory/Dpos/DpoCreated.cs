namespace ComplianceHub.Notifications.Directory.Dpos;

public sealed record DpoCreated(Guid Id);
