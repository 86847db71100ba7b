namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>Who asked, decrypted; never logged.</summary>
public sealed record SubjectView(string? Name, string? Email, string? Identifier);
