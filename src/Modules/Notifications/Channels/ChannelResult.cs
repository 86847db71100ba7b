namespace ComplianceHub.Notifications.Channels;

/// <summary>
/// What a channel did with a message. A channel throws for transient failures it wants retried (connection refused,
/// timeouts, an open circuit breaker); it returns a failure it knows is permanent (e.g. a rejected address).
/// </summary>
public sealed record ChannelResult(bool Delivered, string? ProviderMessageId = null, string? Error = null)
{
    public static ChannelResult Sent(string? providerMessageId) => new(true, providerMessageId);

    public static ChannelResult Refused(string error) => new(false, null, error);
}
