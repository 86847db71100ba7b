namespace ComplianceHub.Notifications.Channels;

/// <summary>Who a delivery is for: a DPO from the directory (contact data decrypted only for the send).</summary>
public sealed record ChannelRecipient
{
    /// <summary>The DPO id: what evidence and logs name (never the address).</summary>
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    /// <summary>E.164, e.g. <c>+4915112345678</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>The caller id (API key or token subject) the DPO signs in with: their in-app group.</summary>
    public string? UserId { get; init; }
}
