using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>
/// Decides whether personal data may go to a provider in a third country on a given day (Art. 44–49): an adequacy
/// decision in force (Art. 45), or a registered SCC (Art. 46(2)(c)) or BCR (Art. 47) for that recipient and country,
/// not expired and with a transfer impact assessment (CJEU C-311/18, Schrems II). A decision limited to named
/// recipients (e.g. the EU-US DPF) counts only once the register names the provider under it: someone confirmed it is
/// covered. An Art. 49 derogation is never enough: it is for occasional transfers, and alerts are systematic.
/// </summary>
internal static class ChapterVRules
{
    public static ChapterVDecision Decide(ProviderLocation? provider, IEnumerable<TransferSafeguard> register, AdequacyDecisions adequacy, DateOnly today)
    {
        if (provider is null)
        {
            return ChapterVDecision.NoTransfer;
        }

        var decision = adequacy.Find(provider.Country);
        var inForce = decision is not null && decision.InForceOn(today);
        List<TransferSafeguard> entries = [.. register
            .Where(t => !t.Removed && t.DestinationCountry == provider.Country && string.Equals(t.Recipient.Trim(), provider.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.TransferId)];
        foreach (var entry in entries)
        {
            if (Basis(entry, inForce, today) is { } basis)
            {
                return ChapterVDecision.Permit(provider, basis, entry.TransferId);
            }
        }

        if (inForce && decision!.Scope is null)
        {
            return ChapterVDecision.Permit(provider, "Adequacy", null);
        }

        var why = entries.Count > 0
            ? Problem(entries[0], inForce, today)
            : inForce ? $"the adequacy decision covers only: {decision!.Scope}; register the transfer to confirm the provider is covered" : "no transfer is registered for it";
        return ChapterVDecision.Refuse(provider, $"No Chapter V safeguard for {provider.Name} in {provider.Country}: {why}.");
    }

    private static string? Basis(TransferSafeguard entry, bool adequacyInForce, DateOnly today) =>
        entry.ExpiresOn < today ? null : entry.Mechanism switch
        {
            "SCC" or "BCR" when entry.ImpactAssessedOn is not null => entry.Mechanism,
            "Adequacy" when adequacyInForce => "Adequacy",
            _ => null,
        };

    private static string Problem(TransferSafeguard entry, bool adequacyInForce, DateOnly today) =>
        entry.ExpiresOn < today ? $"the registered {entry.Mechanism} expired on {entry.ExpiresOn:yyyy-MM-dd}" : entry.Mechanism switch
        {
            "SCC" or "BCR" => $"the registered {entry.Mechanism} has no transfer impact assessment",
            "Adequacy" when !adequacyInForce => "adequacy is registered but no decision is in force",
            _ => "an Art. 49 derogation is no basis for systematic transfers",
        };
}
