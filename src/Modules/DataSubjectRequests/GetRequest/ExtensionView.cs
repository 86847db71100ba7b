namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>The Art. 12(3) extension: months in total, the reason told to the subject, and when.</summary>
public sealed record ExtensionView(int Months, string? Reason, DateTimeOffset ExtendedAt, DateTimeOffset? NoticeSentAt);
