using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Resilience;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>
/// Email to a DPO (Art. 37–39: the DPO must be reachable): to the SMTP relay behind the <c>smtp</c> breaker, or in the
/// embedded mode to .eml files. The provider message id is the Message-Id, set before sending.
/// </summary>
internal sealed class EmailChannel : INotificationChannel
{
    public const string BreakerName = "smtp";

    private readonly EmailOptions _options;
    private readonly CircuitBreakerRegistry _breakers;
    private readonly TimeProvider _clock;
    private readonly ILogger<EmailChannel> _logger;
    private readonly MailDrop _drop;
    private readonly SmtpMailer? _mailer;

    public EmailChannel(EmailOptions options, StorageOptions storage, CircuitBreakerRegistry breakers, TimeProvider clock, ILogger<EmailChannel> logger)
    {
        _options = options;
        _breakers = breakers;
        _clock = clock;
        _logger = logger;
        _drop = new MailDrop(Path.Combine(storage.DataDirectoryFullPath, "mail"));
        _mailer = options.Mode == EmailMode.Smtp ? new SmtpMailer(options, logger) : null;
    }

    public ChannelKind Kind => ChannelKind.Email;

    public bool CanReach(ChannelRecipient recipient) => !string.IsNullOrWhiteSpace(recipient.Email);

    public async Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (RecipientOf(message.Recipient) is not { } to)
        {
            // No relay would take it: permanent, and the address itself stays out of the error and the log.
            return ChannelResult.Refused("The recipient's email address is not valid.");
        }

        var email = EmailComposer.Compose(message, to, _options, _clock.GetUtcNow());
        if (_mailer is null)
        {
            await _drop.WriteAsync(email, message.DeliveryId, cancellationToken);
            _logger.LogInformation("Email for delivery {DeliveryId} of alert {AlertId} written to the mail directory", message.DeliveryId, message.AlertId);
            return ChannelResult.Sent(email.MessageId);
        }

        var result = await _breakers.Get(BreakerName).ExecuteAsync(ct => _mailer.SendAsync(email, message, ct), cancellationToken);
        if (result.Delivered)
        {
            _logger.LogInformation("Email for delivery {DeliveryId} of alert {AlertId} accepted by the SMTP relay", message.DeliveryId, message.AlertId);
        }

        return result;
    }

    /// <summary>
    /// A report email (HTML summary, CSV attached) on the same path as alerts: the mail directory, or the relay behind
    /// the <c>smtp</c> breaker. Throws for transient failures, returns a refusal for permanent ones.
    /// </summary>
    public async Task<ChannelResult> SendReportAsync(ReportEmail report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!MailboxAddress.TryParse(report.To, out var to) || to.Domain.Length == 0)
        {
            return ChannelResult.Refused("The recipient's email address is not valid.");
        }

        var email = ReportEmailComposer.Compose(report, new MailboxAddress(null, to.Address), _options, _clock.GetUtcNow());
        var subject = $"report {report.ReportId}";
        if (_mailer is null)
        {
            await _drop.WriteAsync(email, report.DeliveryId, cancellationToken);
            _logger.LogInformation("Email for delivery {DeliveryId} of {Subject} written to the mail directory", report.DeliveryId, subject);
            return ChannelResult.Sent(email.MessageId);
        }

        var result = await _breakers.Get(BreakerName).ExecuteAsync(
            ct => _mailer.SendAsync(email, report.DeliveryId, subject, $"#{report.RecipientIndex}", ct), cancellationToken);
        if (result.Delivered)
        {
            _logger.LogInformation("Email for delivery {DeliveryId} of {Subject} accepted by the SMTP relay", report.DeliveryId, subject);
        }

        return result;
    }

    private static MailboxAddress? RecipientOf(ChannelRecipient recipient) =>
        !string.IsNullOrWhiteSpace(recipient.Email) && MailboxAddress.TryParse(recipient.Email, out var address) && address.Domain.Length > 0
            ? new MailboxAddress(recipient.Name, address.Address)
            : null;
}
