namespace ComplianceHub.Notifications.Delivery;

/// <summary>Send a DPO the digest of their Low alerts that are still waiting (one email however many there are).</summary>
public sealed record SendDigest(Guid DpoId, int Attempt = 1);
