namespace ComplianceHub.Reporting.Reports.Verify;

/// <summary>
/// Valid when the stored content still hashes to the digest recorded at generation and the signature over that digest
/// and the report's identity verifies under the key it was made with.
/// </summary>
public sealed record ReportVerification(bool Valid, string Sha256, string? StoredSha256, bool SignatureValid, string? KeyId, DateTimeOffset CheckedAt);
