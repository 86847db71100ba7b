using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// The principal of an access event is stored as a keyed hash (HMAC-SHA256 under the active signing key of the
/// message key ring, for this purpose only, bound to the organisation): the rules can count per principal, and nobody
/// holding the database alone can tell or test who it is (Art. 4(5) pseudonymisation, Art. 32(1)(a)). A signing-key
/// rotation starts new pseudonyms (and so new baselines): documented in ADR 0016.
/// </summary>
internal sealed class PrincipalPseudonyms(MessageKeyRing keys)
{
    private const string Purpose = "compliancehub/security/principal/v1";

    public string Of(Guid organizationId, string principal) =>
        "ps1:" + keys.SignRecord(Purpose, Encoding.UTF8.GetBytes($"{organizationId:N}\n{principal.Trim()}")).Signature[..43];

    /// <summary>Short form for alert texts: enough to tell principals apart, not to reverse.</summary>
    public static string Short(string pseudonym) => pseudonym.Length > 16 ? pseudonym[..16] : pseudonym;
}
