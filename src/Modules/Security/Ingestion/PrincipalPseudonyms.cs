using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// The principal of an access event is stored as a keyed hash (HMAC-SHA256 under the module's own pseudonym key, for
/// this purpose only, bound to the organisation): the rules can count per principal, and nobody holding the database
/// alone can tell or test who it is (Art. 4(5) pseudonymisation, Art. 32(1)(a)). The key is not a message key, so
/// rotating those keeps every pseudonym and baseline (ADR 0016).
/// </summary>
internal sealed class PrincipalPseudonyms(PseudonymKey key)
{
    private const string Purpose = "compliancehub/security/principal/v1";

    public string Of(Guid organizationId, string principal)
    {
        // The purpose is MACed first, as in the key ring's record signatures that made the pseudonyms before: with the
        // signing key that was active then as the pseudonym key, the pseudonyms made so far stay the same.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Bytes);
        hmac.AppendData(Encoding.UTF8.GetBytes(Purpose + "\n"));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{organizationId:N}\n{principal.Trim()}"));
        return "ps1:" + Convert.ToBase64String(hmac.GetHashAndReset())[..43];
    }

    /// <summary>Short form for alert texts: enough to tell principals apart, not to reverse.</summary>
    public static string Short(string pseudonym) => pseudonym.Length > 16 ? pseudonym[..16] : pseudonym;
}
