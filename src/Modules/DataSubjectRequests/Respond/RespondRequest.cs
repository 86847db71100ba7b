namespace ComplianceHub.DataSubjectRequests.Respond;

/// <summary>The body of <c>POST /api/v1/data-subject-requests/{id}/respond</c>.</summary>
public sealed record RespondRequest
{
    /// <summary>When the answer was sent to the subject.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Fulfilled, PartiallyFulfilled or Refused.</summary>
    public string? Outcome { get; init; }

    /// <summary>Required for a refusal: the reasons told to the subject (Art. 12(4)).</summary>
    public string? RefusalReason { get; init; }
}
