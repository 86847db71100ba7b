namespace ComplianceHub.DataSubjectRequests.CompleteTask;

/// <summary>The body of <c>POST /api/v1/data-subject-requests/{id}/tasks/{taskId}/complete</c>.</summary>
public sealed record CompleteTaskRequest
{
    /// <summary>What the system did, e.g. "Exported", "Deleted", "NoDataHeld".</summary>
    public string? Outcome { get; init; }

    /// <summary>A reference to what was done (an export id, a ticket); not personal data.</summary>
    public string? Evidence { get; init; }

    /// <summary>
    /// The <c>completionToken</c> the system received with its task (webhook body or bus command). Required from an
    /// Integration caller (a system): it proves the task is its own; a person (Admin, Dpo, ComplianceAnalyst) may omit it.
    /// </summary>
    public string? CompletionToken { get; init; }
}
