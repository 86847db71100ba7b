namespace ComplianceHub.DataSubjectRequests.Subjects;

/// <summary>Who the subject is, in clear: only in memory, never logged, never in a message to another module.</summary>
internal sealed record SubjectData(string? Name, string? Email, string? Identifier, string? Description);
