namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

/// <summary>The body of <c>POST /api/v1/data-subject-requests</c>.</summary>
public sealed record ReceiveRequestRequest
{
    /// <summary>Only for platform callers: the organisation (controller) the request was made to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>Access, Rectification, Erasure, Restriction, Portability or Objection.</summary>
    public string? Type { get; init; }

    /// <summary>When the controller received it: the Art. 12(3) month runs from this day.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>How it arrived, e.g. "email", "web-form", "letter".</summary>
    public string? Channel { get; init; }

    /// <summary>The subject's country (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; init; }

    public SubjectRequest? Subject { get; init; }

    public string? Description { get; init; }
}
