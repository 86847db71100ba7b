using ComplianceHub.Notifications.Contracts;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>The record of a transfer that happened, for the quarterly Cross-border Transfer Audit (Art. 30(1)(e), 5(2)).</summary>
internal static class PersonalDataTransfers
{
    /// <summary>Null when the delivery transferred nothing out of the EEA, or when there is no organisation to report it to.</summary>
    public static PersonalDataTransferred? Of(ChapterVDecision decision, Guid? organization, Guid attemptId, DateTimeOffset at) =>
        decision is { Allowed: true, Transfer: { } provider, Basis: { } basis } && organization is { } org
            ? new PersonalDataTransferred
            {
                DeliveryAttemptId = attemptId,
                OrganizationId = org,
                TransferId = decision.TransferId,
                Basis = basis,
                Channel = provider.Channel.ToString(),
                Recipient = provider.Name,
                DestinationCountry = provider.Country,
                TransferredAt = at,
            }
            : null;
}
