using System.Globalization;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// The HMAC-SHA256 signature of a stored report, under the message key ring's active signing key with a purpose of its
/// own, so a report signature never verifies as anything else. The key id is stored with it: after a rotation the
/// report still verifies as long as its key stays in <c>Security:Messages:SigningKeys</c>.
/// <para>
/// Scheme v2 (stored as <c>v2:</c> + base64: a record signature under the report purpose's derived key) covers
/// everything the report email shows: identity (id, organisation, type, period, time zone, row count, length), the
/// content's SHA-256 digest, and the summary. Scheme v1 (bare base64, reports signed before v2, directly with the ring
/// key) covered all but the summary; such reports still verify, as v1. A v2 signature cannot be passed off as v1:
/// the key and the purpose differ, so stripping the prefix breaks it.
/// </para>
/// </summary>
public sealed class ReportSignatures(MessageKeyRing keys)
{
    public const string Purpose = "ComplianceHub.Reporting.Report/v1";
    public const string PurposeV2 = "ComplianceHub.Reporting.Report/v2";
    public const string V2Prefix = "v2:";

    internal (string KeyId, string Signature) Sign(Report report, string sha256)
    {
        // The ring marks a derived-key signature with the same "v2:" the report scheme uses.
        var (keyId, signature) = keys.SignRecord(PurposeV2, DataV2(report, sha256));
        return (keyId, signature);
    }

    internal bool Verify(Report report) =>
        report is { Sha256: { } digest, Signature: { } signature, SigningKeyId: { } keyId }
        && (signature.StartsWith(V2Prefix, StringComparison.Ordinal)
            ? keys.VerifyRecord(PurposeV2, keyId, DataV2(report, digest), signature)
            : keys.VerifyRecord(Purpose, keyId, Data(report, digest), signature, allowLegacy: true));

    /// <summary>"v2", or "v1" for a report signed before the summary was covered; null when unsigned.</summary>
    internal static string? SchemeOf(Report report) =>
        report.Signature is not { } signature ? null : signature.StartsWith(V2Prefix, StringComparison.Ordinal) ? "v2" : "v1";

    /// <summary>The v1 data; kept so that reports signed with it keep verifying.</summary>
    internal static byte[] Data(Report report, string sha256) => Encoding.UTF8.GetBytes(Identity(report, sha256));

    private static byte[] DataV2(Report report, string sha256) =>
        Encoding.UTF8.GetBytes($"{Identity(report, sha256)}\n{(report.Summary is null ? "-" : "+" + report.Summary)}");

    private static string Identity(Report report, string sha256) => string.Join('\n',
        report.Id.ToString("D"), report.OrganizationId.ToString("D"), report.Type.ToString(),
        report.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.TimeZone, report.RowCount.ToString(CultureInfo.InvariantCulture), report.ContentLength.ToString(CultureInfo.InvariantCulture), sha256);
}
