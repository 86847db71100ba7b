namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

/// <summary>A fulfilment system; <see cref="Secret"/> (the webhook signing secret) is shown once: when created, or when a system becomes a webhook.</summary>
public sealed record FulfilmentSystemView(
    Guid Id, Guid OrganizationId, string Name, IReadOnlyList<string> RequestTypes, string Delivery, string Address,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? Secret = null);
