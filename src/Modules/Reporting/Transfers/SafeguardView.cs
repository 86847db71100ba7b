using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The assessment of a transfer's safeguard on <see cref="AssessedOn"/>, with the adequacy decision for its destination, if any.</summary>
public sealed record SafeguardView(string Status, string Detail, DateOnly AssessedOn, AdequacyDecision? AdequacyDecision);
