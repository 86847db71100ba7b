namespace ComplianceHub.Notifications.Tests.Transfers;

/// <summary>The copy of the transfer register never goes back to an older state, nor brings back a deleted entry.</summary>
public sealed class TransferSafeguardCopyTests
{
    private static TransferRegisterChanged Changed(int revision, bool removed = false) => new()
    {
        TransferId = Guid.NewGuid(),
        OrganizationId = Guid.NewGuid(),
        Revision = revision,
        Recipient = "Mailer Inc",
        DestinationCountry = "IN",
        Mechanism = "SCC",
        Removed = removed,
        ChangedAt = DateTimeOffset.UnixEpoch,
    };

    private static TransferSafeguard Copy(int revision, bool removed = false) =>
        new() { Revision = revision, Removed = removed, Recipient = "Mailer Inc", DestinationCountry = "IN", Mechanism = "SCC" };

    [Fact]
    public void Should_apply_only_what_is_newer_than_the_copy()
    {
        Assert.True(TransferRegisterChangedConsumer.IsNewer(Changed(3), Copy(2)));
        Assert.False(TransferRegisterChangedConsumer.IsNewer(Changed(2), Copy(2)));
        Assert.False(TransferRegisterChangedConsumer.IsNewer(Changed(1), Copy(2)));
        Assert.True(TransferRegisterChangedConsumer.IsNewer(Changed(2, removed: true), Copy(2)));
        Assert.False(TransferRegisterChangedConsumer.IsNewer(Changed(3), Copy(2, removed: true)));
        Assert.False(TransferRegisterChangedConsumer.IsNewer(Changed(2, removed: true), Copy(2, removed: true)));
    }
}
