namespace ComplianceHub.Notifications.Webhooks;

/// <summary>Body of <c>POST /webhooks</c> and <c>PUT /webhooks/{id}</c>.</summary>
public sealed record WebhookRequest
{
    /// <summary>https (plain http only to loopback).</summary>
    public string? Url { get; init; }

    /// <summary>Alert types (e.g. <c>DataBreach</c>) or <c>*</c>.</summary>
    public IReadOnlyList<string?>? EventTypes { get; init; }

    public string? Description { get; init; }

    /// <summary>PUT only: false pauses deliveries; true re-enables a disabled endpoint and resets its failure count.</summary>
    public bool? Enabled { get; init; }

    /// <summary>POST by a platform caller only: the organisation the subscription belongs to.</summary>
    public Guid? OrganizationId { get; init; }
}
