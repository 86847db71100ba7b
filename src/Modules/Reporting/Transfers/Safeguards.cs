using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>Assesses a transfer's Chapter V ground on a given day (Art. 45, 46, 47, 49).</summary>
internal static class Safeguards
{
    public static SafeguardView Assess(Transfer transfer, AdequacyDecisions decisions, DateOnly today)
    {
        var decision = decisions.Find(transfer.DestinationCountry);
        var (status, detail) = Status(transfer, decision, today);
        return new SafeguardView(status.ToString(), detail, today, decision);
    }

    private static (SafeguardStatus, string) Status(Transfer transfer, AdequacyDecision? decision, DateOnly today)
    {
        if (transfer.ExpiresOn < today)
        {
            return (SafeguardStatus.Expired, $"The safeguard expired on {transfer.ExpiresOn:yyyy-MM-dd}.");
        }

        return transfer.Mechanism switch
        {
            TransferMechanism.Adequacy when decision is not null && decision.InForceOn(today) =>
                (SafeguardStatus.Adequate, decision.Scope is null ? $"{decision.Decision}." : $"{decision.Decision}; only for: {decision.Scope}."),
            TransferMechanism.Adequacy when decision is { ExpiresOn: { } lapsed } && lapsed < today =>
                (SafeguardStatus.Expired, $"{decision.Decision} lapsed on {lapsed:yyyy-MM-dd}: an Art. 46 safeguard is needed."),
            TransferMechanism.Adequacy =>
                (SafeguardStatus.Inadequate, "No adequacy decision covers this country (Art. 45): an Art. 46 safeguard or an Art. 49 derogation is needed."),
            TransferMechanism.SCC or TransferMechanism.BCR when transfer.ImpactAssessedOn is null =>
                (SafeguardStatus.MissingImpactAssessment, "No transfer impact assessment on file (CJEU C-311/18, Schrems II)."),
            TransferMechanism.SCC or TransferMechanism.BCR =>
                (SafeguardStatus.Safeguarded, $"{transfer.Mechanism} (Art. {(transfer.Mechanism == TransferMechanism.SCC ? "46(2)(c)" : "47")}), assessed {transfer.ImpactAssessedOn:yyyy-MM-dd}."),
            _ => (SafeguardStatus.Derogation, "Art. 49 derogation: only for occasional transfers; document the specific situation."),
        };
    }
}
