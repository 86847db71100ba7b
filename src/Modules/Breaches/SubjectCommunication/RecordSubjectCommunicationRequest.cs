namespace ComplianceHub.Breaches.SubjectCommunication;

/// <summary>
/// The body of <c>POST /api/v1/breaches/{id}/subject-communication</c>: either the communication that was made
/// (<see cref="SentAt"/>, <see cref="Channel"/>, <see cref="Recipients"/>, Art. 34(1)) or the exemption that applies
/// (<see cref="Exemption"/>, <see cref="Rationale"/>, Art. 34(3)), not both.
/// </summary>
public sealed record RecordSubjectCommunicationRequest
{
    public DateTimeOffset? SentAt { get; init; }

    /// <summary><c>Email</c>, <c>Letter</c>, <c>Sms</c>, <c>Phone</c>, <c>InApp</c>, <c>Website</c>, <c>PublicCommunication</c>, <c>Other</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>How many people were told.</summary>
    public int? Recipients { get; init; }

    /// <summary><c>Encrypted</c>, <c>RiskMitigated</c> or <c>DisproportionateEffort</c> (Art. 34(3)(a)–(c)).</summary>
    public string? Exemption { get; init; }

    public string? Rationale { get; init; }
}
