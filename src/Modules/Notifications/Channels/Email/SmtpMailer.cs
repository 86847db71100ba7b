using System.Net.Sockets;
using ComplianceHub.Shared.Messaging;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>
/// Hands one message to the SMTP relay over a fresh connection. Returns a refusal for a permanent 5xx answer about the
/// message or its recipient; throws <see cref="SmtpUnavailableException"/> for everything that may pass.
/// </summary>
internal sealed class SmtpMailer
{
    private readonly EmailOptions _options;
    private readonly ILogger _logger;
    private readonly System.Net.Security.RemoteCertificateValidationCallback _certificateCheck;

    public SmtpMailer(EmailOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;

        // The same rule as the broker: system roots, or only the private CA; the host name is always checked.
        _certificateCheck = BrokerCertificateValidation.For(options.CaCertificatePath);
    }

    public Task<ChannelResult> SendAsync(MimeMessage email, ChannelMessage message, CancellationToken cancellationToken) =>
        SendAsync(email, message.DeliveryId, $"alert {message.AlertId}", message.Recipient.Id.ToString(), cancellationToken);

    /// <param name="subject">What the message is about in the logs (<c>alert {id}</c>, <c>report {id}</c>).</param>
    /// <param name="recipient">Who it is for in the logs: an id, never the address.</param>
    public async Task<ChannelResult> SendAsync(MimeMessage email, Guid deliveryId, string subject, string recipient, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient
        {
            Timeout = (int)_options.Timeout.TotalMilliseconds,
            ServerCertificateValidationCallback = _certificateCheck,

            // A private CA publishes no revocation list; public relays are checked.
            CheckCertificateRevocation = string.IsNullOrWhiteSpace(_options.CaCertificatePath),
        };
        try
        {
            await client.ConnectAsync(_options.Host!, _options.EffectivePort, SocketOptions, cancellationToken);
            if (_options.HasCredentials)
            {
                await client.AuthenticateAsync(_options.Username!, _options.Password!, cancellationToken);
            }

            await client.SendAsync(email, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return ChannelResult.Sent(email.MessageId);
        }
        catch (SmtpCommandException ex) when (IsPermanentRefusal(ex))
        {
            // The relay is up and said no for good (e.g. 550 mailbox unavailable): another try would get the same answer.
            _logger.LogWarning("SMTP relay refused delivery {DeliveryId} of {Subject} to recipient {RecipientId}: {Status} {Error}",
                deliveryId, subject, recipient, (int)ex.StatusCode, ex.ErrorCode);
            return ChannelResult.Refused($"SMTP {(int)ex.StatusCode} {ex.ErrorCode}");
        }
        catch (AuthenticationException ex)
        {
            // Wrong credentials are a configuration error: retried (and opening the breaker) until an operator fixes them.
            _logger.LogError("SMTP authentication failed for delivery {DeliveryId}; check {UsernameKey} and its password",
                deliveryId, $"{EmailOptions.Section}:Username");
            throw new SmtpUnavailableException($"SMTP authentication failed ({ex.GetType().Name}).", ex);
        }
        catch (SmtpCommandException ex)
        {
            // 4xx (try later) or an authentication/encryption demand (530, 534, 538): the reply text may quote an address.
            _logger.LogWarning("SMTP relay deferred delivery {DeliveryId} of {Subject}: {Status} {Error}",
                deliveryId, subject, (int)ex.StatusCode, ex.ErrorCode);
            throw new SmtpUnavailableException($"SMTP {(int)ex.StatusCode} {ex.ErrorCode}");
        }
        catch (Exception ex) when (IsTransport(ex, cancellationToken))
        {
            _logger.LogWarning("SMTP relay unreachable for delivery {DeliveryId} of {Subject}: {Failure}",
                deliveryId, subject, ex.GetType().Name);
            throw new SmtpUnavailableException($"SMTP relay unreachable ({ex.GetType().Name}).", ex);
        }
    }

    private SecureSocketOptions SocketOptions => _options.Security switch
    {
        EmailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        EmailSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    // 5xx about the sender, recipient or message is final; 5xx about authentication or encryption is our configuration.
    private static bool IsPermanentRefusal(SmtpCommandException ex) =>
        (int)ex.StatusCode is >= 500 and < 600
        && ex.StatusCode is not (SmtpStatusCode.AuthenticationRequired or SmtpStatusCode.AuthenticationMechanismTooWeak
            or SmtpStatusCode.AuthenticationInvalidCredentials or SmtpStatusCode.EncryptionRequiredForAuthenticationMechanism);

    private static bool IsTransport(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // MailKit's own timeout
        SocketException or IOException or TimeoutException => true,
        SslHandshakeException or ProtocolException or CommandException => true,
        ServiceNotConnectedException or ServiceNotAuthenticatedException => true,

        // MailKit's answer when the relay lacks STARTTLS or AUTH that the configuration demands: fixed by an operator.
        NotSupportedException => true,
        _ => false,
    };
}
