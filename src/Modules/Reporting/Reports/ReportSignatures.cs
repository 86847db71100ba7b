using System.Globalization;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// The HMAC-SHA256 signature of a stored report: over its identity (id, organisation, type, period, time zone, row
/// count, length) and its SHA-256 digest, under the message key ring's active signing key with a purpose of its own,
/// so a report signature never verifies as anything else. The key id is stored with it: after a rotation the report
/// still verifies as long as its key stays in <c>Security:Messages:SigningKeys</c>.
/// </summary>
public sealed class ReportSignatures(MessageKeyRing keys)
{
    public const string Purpose = "ComplianceHub.Reporting.Report/v1";

    internal (string KeyId, string Signature) Sign(Report report, string sha256) => keys.SignRecord(Purpose, Data(report, sha256));

    internal bool Verify(Report report) =>
        report is { Sha256: { } digest, Signature: { } signature, SigningKeyId: { } keyId }
        // Reports signed before keys were derived per purpose carry a legacy signature: they still verify.
        && keys.VerifyRecord(Purpose, keyId, Data(report, digest), signature, allowLegacy: true);

    private static byte[] Data(Report report, string sha256) => Encoding.UTF8.GetBytes(string.Join('\n',
        report.Id.ToString("D"), report.OrganizationId.ToString("D"), report.Type.ToString(),
        report.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.TimeZone, report.RowCount.ToString(CultureInfo.InvariantCulture), report.ContentLength.ToString(CultureInfo.InvariantCulture), sha256));
}
