namespace ComplianceHub.DataSubjectRequests.VerifyIdentity;

/// <summary>The body of <c>POST /api/v1/data-subject-requests/{id}/identity-verification</c>.</summary>
public sealed record VerifyIdentityRequest
{
    /// <summary>Verified, Failed or InformationRequested.</summary>
    public string? Outcome { get; init; }

    /// <summary>How the identity was checked, e.g. "email-challenge", "id-document".</summary>
    public string? Method { get; init; }
}
