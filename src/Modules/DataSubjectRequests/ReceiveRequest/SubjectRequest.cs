namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

/// <summary>Who made the request: at least one of the three. Encrypted at rest under the request's own key, never logged.</summary>
public sealed record SubjectRequest
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    /// <summary>A customer number or other identifier the systems know the subject by.</summary>
    public string? Identifier { get; init; }
}
