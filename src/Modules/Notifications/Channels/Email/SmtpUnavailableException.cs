namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>
/// The relay could not take the message now (down, slow, 4xx, TLS or login failure): a transient failure, retried and
/// counted by the <c>smtp</c> breaker. An <see cref="IOException"/> so every failure classifier treats it as transient.
/// Its message never holds an address; the relay's reply text (which may quote one) is left out.
/// </summary>
internal sealed class SmtpUnavailableException : IOException
{
    public SmtpUnavailableException()
    {
    }

    public SmtpUnavailableException(string message)
        : base(message)
    {
    }

    public SmtpUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
