using System.Collections.Concurrent;

namespace ComplianceHub.Bench;

/// <summary>Produce-to-effect latencies of one run, in milliseconds.</summary>
public sealed class LatencyRecorder
{
    private ConcurrentBag<double> _samples = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Record(double milliseconds)
    {
        _samples.Add(milliseconds);
        Interlocked.Increment(ref _count);
    }

    public void Reset()
    {
        _samples = [];
        Volatile.Write(ref _count, 0);
    }

    public (double P50, double P99) Percentiles()
    {
        var sorted = _samples.Order().ToArray();
        return sorted.Length == 0 ? (double.NaN, double.NaN) : (At(sorted, 0.50), At(sorted, 0.99));
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
