namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class OutboxSignalsTests
{
    [Fact]
    public async Task Concurrent_signals_never_throw_and_coalesce_into_one_wake_up()
    {
        var signals = new OutboxSignals();

        Parallel.For(0, 10_000, _ => signals.Signal(typeof(OutboxSignalsTests)));

        Assert.True(await signals.WaitAsync(typeof(OutboxSignalsTests), TimeSpan.Zero, default));
        Assert.False(await signals.WaitAsync(typeof(OutboxSignalsTests), TimeSpan.Zero, default));
    }
}
