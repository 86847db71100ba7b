namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>Thrown by a consumer or channel when trying again cannot help; the message goes to the dead-letter store at once.</summary>
public class PermanentFailureException : Exception
{
    public PermanentFailureException()
    {
    }

    public PermanentFailureException(string message)
        : base(message)
    {
    }

    public PermanentFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
