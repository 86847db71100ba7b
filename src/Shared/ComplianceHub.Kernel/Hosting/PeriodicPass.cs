namespace ComplianceHub.Shared.Hosting;

/// <summary>The loop of a background service that makes one pass per interval until the host stops.</summary>
public static class PeriodicPass
{
    /// <summary>
    /// Waits one interval, then runs <paramref name="pass"/>, and again until <paramref name="stoppingToken"/> stops
    /// the host. The first pass comes one interval after start: a starting host has nothing urgent to do. A pass that
    /// fails is handed to <paramref name="failed"/> (the caller's log line) and the next one comes an interval later.
    /// </summary>
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> pass, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }
    }
}
