namespace ComplianceHub.DataSubjectRequests.Subjects;

internal static class SubjectReader
{
    public static SubjectData Read(byte[] key, DataSubjectRequest r) =>
        new(SubjectVault.Unprotect(key, r.SubjectName, r.Id, nameof(DataSubjectRequest.SubjectName)),
            SubjectVault.Unprotect(key, r.SubjectEmail, r.Id, nameof(DataSubjectRequest.SubjectEmail)),
            SubjectVault.Unprotect(key, r.SubjectIdentifier, r.Id, nameof(DataSubjectRequest.SubjectIdentifier)),
            SubjectVault.Unprotect(key, r.Description, r.Id, nameof(DataSubjectRequest.Description)));
}
