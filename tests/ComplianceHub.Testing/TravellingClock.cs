namespace ComplianceHub.Testing;

/// <summary>
/// A fake clock that runs at real speed from a chosen instant and can jump ahead: the host's loops and delays keep
/// working (timers are real), while every instant the code reads is the test's.
/// </summary>
public sealed class TravellingClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Jumps to an instant (never backwards).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Advance(by);
        }
    }
}
