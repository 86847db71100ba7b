namespace ComplianceHub.DataSubjectRequests.ExtendDeadline;

/// <summary>The body of <c>POST /api/v1/data-subject-requests/{id}/extension</c>.</summary>
public sealed record ExtendDeadlineRequest
{
    /// <summary>1 or 2; at most 2 months in total (Art. 12(3)).</summary>
    public int? AdditionalMonths { get; init; }

    /// <summary>Why (complexity, number of requests); told to the subject.</summary>
    public string? Reason { get; init; }

    /// <summary>When the subject was told of the extension and its reasons: within the first month.</summary>
    public DateTimeOffset? NoticeSentAt { get; init; }
}
