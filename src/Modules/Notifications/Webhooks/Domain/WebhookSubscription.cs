namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// An organisation's endpoint for signed alert events. The signing secret is encrypted at rest (it must be recovered
/// to sign, so it cannot be hashed) and shown to the caller only when created or rotated.
/// </summary>
internal sealed class WebhookSubscription
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Url { get; set; }

    /// <summary>Alert type names (e.g. <c>DataBreach</c>) or <c>*</c> for every type.</summary>
    public List<string> EventTypes { get; set; } = [];

    public string? Description { get; set; }

    /// <summary>Encrypted (<c>PersonalDataProtector</c>, bound to this id and field).</summary>
    public required string Secret { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>Deliveries in a row that failed for good; any delivered one resets it.</summary>
    public int ConsecutiveFailures { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SecretRotatedAt { get; set; }

    public bool Wants(string alertType) =>
        EventTypes.Any(t => t == WebhookEventTypes.All || string.Equals(t, alertType, StringComparison.OrdinalIgnoreCase));
}
