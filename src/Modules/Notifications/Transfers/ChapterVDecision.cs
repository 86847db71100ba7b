namespace ComplianceHub.Notifications.Transfers;

/// <summary>
/// Whether personal data may go to a channel's provider (Chapter V). <see cref="Transfer"/> is null when no transfer
/// happens at all (no provider outside the EEA); <see cref="Reason"/> says why a transfer is refused.
/// </summary>
internal sealed record ChapterVDecision(bool Allowed, ProviderLocation? Transfer, string? Basis, Guid? TransferId, string? Reason)
{
    public static readonly ChapterVDecision NoTransfer = new(true, null, null, null, null);

    public static ChapterVDecision Permit(ProviderLocation provider, string basis, Guid? transferId) => new(true, provider, basis, transferId, null);

    public static ChapterVDecision Refuse(ProviderLocation provider, string reason) => new(false, provider, null, null, reason);
}
