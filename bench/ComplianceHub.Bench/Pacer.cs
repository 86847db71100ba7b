using System.Diagnostics;

namespace ComplianceHub.Bench;

/// <summary>Starts one operation every 1/rate seconds (open loop: a slow operation does not slow the schedule).</summary>
internal static class Pacer
{
    public static async Task RunAsync(int rate, int total, Func<Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            running.Add(Task.Run(operation));
        }

        await Task.WhenAll(running);
    }
}
