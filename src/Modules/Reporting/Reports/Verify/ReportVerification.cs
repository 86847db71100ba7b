namespace ComplianceHub.Reporting.Reports.Verify;

/// <summary>
/// Valid when the stored content still hashes to the digest recorded at generation and the signature over that digest
/// and the report's identity verifies under the key it was made with. <paramref name="SignatureScheme"/>: <c>v2</c>
/// covers the summary too; <c>v1</c> (reports signed before v2) does not.
/// </summary>
public sealed record ReportVerification(
    bool Valid, string Sha256, string? StoredSha256, bool SignatureValid, string? KeyId, DateTimeOffset CheckedAt, string? SignatureScheme = null);
