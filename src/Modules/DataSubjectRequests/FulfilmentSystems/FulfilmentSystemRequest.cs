namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

/// <summary>The body of <c>POST</c> and <c>PUT /api/v1/fulfilment-systems</c>.</summary>
public sealed record FulfilmentSystemRequest
{
    /// <summary>Only for platform callers on create: the organisation the system belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    public string? Name { get; init; }

    /// <summary>The request types it handles (Access, Rectification, Erasure, Restriction, Portability, Objection).</summary>
    public IReadOnlyList<string>? RequestTypes { get; init; }

    /// <summary>Bus (a command to a queue) or Webhook (a signed POST).</summary>
    public string? Delivery { get; init; }

    /// <summary>
    /// Bus: the queue's name; the host namespaces it as <c>fulfilment.{organizationId:N}.{name}</c> (the answer shows the
    /// whole name), and a whole name is accepted for the caller's own organisation only. Webhook: the https URL.
    /// </summary>
    public string? Address { get; init; }
}
