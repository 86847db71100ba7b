using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// Stops server-side request forgery through the URLs callers register. At registration <see cref="ProblemAsync"/>
/// refuses a URL whose host is, or resolves to, an address <see cref="OutboundAddressPolicy"/> refuses; at every
/// connection <see cref="ConnectAsync"/> (the handler's <c>ConnectCallback</c>) resolves the name again and checks every
/// address before a socket is opened, and the connected socket's own address after, so a name that resolved to a public
/// address at registration and to an internal one now (DNS rebinding) is refused before a packet is sent.
/// </summary>
public sealed class OutboundAddressGuard(OutboundAddressPolicy policy, IOutboundAddressResolver resolver, ILogger<OutboundAddressGuard> logger)
{
    private static readonly TimeSpan RegistrationLookupTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Why <paramref name="url"/> may not be registered, in words for a validation problem; null when it may.</summary>
    public async Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken)
    {
        var plain = url.Scheme == Uri.UriSchemeHttp;
        IPAddress[] addresses;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(RegistrationLookupTimeout);
            addresses = await AddressesAsync(url.IdnHost, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Not resolvable now: nothing to judge yet. Every connection is checked again, so this opens no door.
            addresses = [];
        }

        return policy.RefusalOf(addresses, plain) switch
        {
            null => null,
            OutboundAddressPolicy.PlainHttp => "Must use https (plain http only to an allow-listed loopback address).",
            var refusal => $"Must not point at a {refusal} address: only public receivers, or networks the operator allows (Http:Outbound:AllowedNetworks).",
        };
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: connects only to addresses the policy allows.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var plain = context.InitialRequestMessage.RequestUri?.Scheme == Uri.UriSchemeHttp;
        var host = context.DnsEndPoint.Host;
        var addresses = await AddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // Every address must pass, not just one: a name that mixes public and internal addresses is refused outright.
        Refuse(host, policy.RefusalOf(addresses, plain));
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            Refuse(host, socket.RemoteEndPoint is IPEndPoint connected ? policy.RefusalOf(connected.Address, plain) : OutboundAddressRanges.Reserved);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private void Refuse(string host, string? refusal)
    {
        if (refusal is not null)
        {
            // Our own log may name the host (never the path or query); the caller sees only the generic reason.
            logger.LogWarning("Outbound connection to {Host} refused: {Kind} address", host, refusal);
            throw new OutboundRequestRefusedException(refusal);
        }
    }

    private async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken) =>
        OutboundAddressPolicy.KnownAddressesOf(host) ?? await resolver.ResolveAsync(host, cancellationToken);
}
