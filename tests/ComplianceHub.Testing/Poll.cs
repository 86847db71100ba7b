namespace ComplianceHub.Testing;

/// <summary>Waits for asynchronous state (a message consumed, a timer fired) without fixed sleeps.</summary>
public static class Poll
{
    /// <summary>Polls every 50 ms until <paramref name="condition"/> holds, or fails after the timeout (default 20 s).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected state was never reached.");
            }

            await Task.Delay(50);
        }
    }
}
