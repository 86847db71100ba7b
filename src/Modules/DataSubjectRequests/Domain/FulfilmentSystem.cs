namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>A system that holds personal data: which request types it handles and how it is told of them.</summary>
internal sealed class FulfilmentSystem
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    public List<string> RequestTypes { get; set; } = [];

    public DeliveryKind Delivery { get; set; }

    /// <summary>A queue name (bus) or an https URL (webhook).</summary>
    public required string Address { get; set; }

    /// <summary>The webhook signing secret (Standard Webhooks), encrypted at rest; null for bus systems.</summary>
    public string? Secret { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
