using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>A validated request: trimmed and ready to apply.</summary>
internal sealed record TransferFields(string Recipient, string DestinationCountry, TransferMechanism Mechanism, DateOnly? ImpactAssessedOn, DateOnly? ExpiresOn)
{
    public void ApplyTo(Transfer transfer)
    {
        transfer.Recipient = Recipient;
        transfer.DestinationCountry = DestinationCountry;
        transfer.Mechanism = Mechanism;
        transfer.ImpactAssessedOn = ImpactAssessedOn;
        transfer.ExpiresOn = ExpiresOn;
    }

    /// <summary>The entry as stored: what history snapshots keep.</summary>
    public static TransferView View(Transfer t) => new()
    {
        Id = t.Id,
        OrganizationId = t.OrganizationId,
        Revision = t.Revision,
        Recipient = t.Recipient,
        DestinationCountry = t.DestinationCountry,
        Mechanism = t.Mechanism.ToString(),
        ImpactAssessedOn = t.ImpactAssessedOn,
        ExpiresOn = t.ExpiresOn,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
    };

    /// <summary>The entry with its safeguard assessed for <paramref name="today"/>: what the API answers.</summary>
    public static TransferView View(Transfer t, AdequacyDecisions decisions, DateOnly today) =>
        View(t) with { Safeguard = Safeguards.Assess(t, decisions, today) };
}
