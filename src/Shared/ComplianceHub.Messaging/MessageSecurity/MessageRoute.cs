namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// What a message signature binds besides the body: where the message was sent (the queue or exchange name), what it
/// is (its message type URNs, <c>;</c>-separated) and the key that orders it. A signed message copied into another
/// queue, relabelled or moved to another partition no longer verifies where it lands.
/// </summary>
public readonly record struct MessageRoute(string Destination, string MessageTypes, string PartitionKey)
{
    /// <summary>The name a transport address ends with (<c>rabbitmq://host/vhost/name?type=fanout</c> → <c>name</c>).</summary>
    public static string NameOf(Uri? address)
    {
        if (address is null)
        {
            return "";
        }

        var path = address.IsAbsoluteUri ? address.AbsolutePath : address.OriginalString;
        var name = path.TrimEnd('/');
        var slash = name.LastIndexOf('/');
        name = slash >= 0 ? name[(slash + 1)..] : name;
        return Uri.UnescapeDataString(name);
    }

    /// <summary>
    /// True when a message signed for this route may be consumed from <paramref name="queue"/>: it was sent to that
    /// queue, or published to the exchange of one of its own (signed) message types, which fans out to subscribers.
    /// </summary>
    public bool AllowsDeliveryTo(string queue)
    {
        if (string.Equals(Destination, queue, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var type in MessageTypes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type.StartsWith(MessageTypePrefix, StringComparison.Ordinal)
                && string.Equals(type[MessageTypePrefix.Length..], Destination, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string MessageTypePrefix = "urn:message:";
}
