namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>The attempts of one received message, kept on its receive context for the dead-letter store.</summary>
public sealed class RetryHistory
{
    private const int MaxErrorLength = 2_000;
    private readonly List<RetryAttempt> _attempts = [];

    public IReadOnlyList<RetryAttempt> Attempts
    {
        get
        {
            lock (_attempts)
            {
                return [.. _attempts];
            }
        }
    }

    public void Record(DateTimeOffset failedAt, FailureKind kind, Exception error, TimeSpan? delay)
    {
        var text = error.Message.Length > MaxErrorLength ? error.Message[..MaxErrorLength] : error.Message;
        lock (_attempts)
        {
            _attempts.Add(new RetryAttempt(_attempts.Count + 1, failedAt, kind, error.GetType().FullName ?? error.GetType().Name, text, delay));
        }
    }
}
