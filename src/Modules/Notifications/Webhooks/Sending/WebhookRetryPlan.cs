namespace ComplianceHub.Notifications.Webhooks;

/// <summary>When the next attempt of a delivery is due, or null when the retry window leaves no room for one.</summary>
public sealed class WebhookRetryPlan(WebhooksOptions options)
{
    /// <param name="attempts">Attempts made so far (1 after the first).</param>
    /// <param name="jitter">A number in [0, 1): how much of the configured jitter this wait gets.</param>
    internal DateTimeOffset? Next(int attempts, DateTimeOffset firstAttemptAt, DateTimeOffset now, double jitter)
    {
        var delays = options.Delays;
        var wait = delays[Math.Clamp(attempts - 1, 0, delays.Count - 1)];
        wait += TimeSpan.FromTicks((long)(wait.Ticks * options.Jitter * jitter));
        var due = now + wait;
        var closes = firstAttemptAt + options.RetryWindow;
        if (now >= closes)
        {
            return null;
        }

        // The last attempt is pulled in to the window's end rather than dropped: an endpoint back within 24 h still gets it.
        return due <= closes ? due : closes;
    }
}
