namespace ComplianceHub.Shared.Tests.Messaging.Failures;

public sealed class RetryDelaysTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(RetryStrategy.Exponential, new[] { 1000, 2000, 4000, 8000, 16000, 30000, 30000 })]
    [InlineData(RetryStrategy.Linear, new[] { 1000, 2000, 3000, 4000, 5000, 6000, 7000 })]
    [InlineData(RetryStrategy.Fixed, new[] { 1000, 1000, 1000, 1000, 1000, 1000, 1000 })]
    public void Nominal_delays_follow_the_strategy_and_stop_at_the_cap(RetryStrategy strategy, int[] expectedMilliseconds)
    {
        var delays = Enumerable.Range(1, expectedMilliseconds.Length)
            .Select(retry => (int)RetryDelays.Nominal(strategy, retry, Second, Cap).TotalMilliseconds);

        Assert.Equal(expectedMilliseconds, delays);
    }

    [Fact]
    public void A_linear_schedule_is_capped_too()
    {
        Assert.Equal(Cap, RetryDelays.Nominal(RetryStrategy.Linear, 45, Second, Cap));
    }

    [Fact]
    public void A_huge_retry_number_does_not_overflow()
    {
        Assert.Equal(Cap, RetryDelays.Nominal(RetryStrategy.Exponential, int.MaxValue, Second, Cap));
    }

    [Theory]
    [InlineData(0.0, 3600)]
    [InlineData(0.5, 4000)]
    [InlineData(0.999999, 4400)]
    public void Jitter_moves_a_delay_by_at_most_ten_percent_either_way(double unit, int expectedMilliseconds)
    {
        var delay = RetryDelays.Jittered(TimeSpan.FromSeconds(4), 0.1, Cap, unit);

        Assert.Equal(expectedMilliseconds, delay.TotalMilliseconds, 0.5);
    }

    [Fact]
    public void Jitter_never_pushes_a_delay_past_the_cap()
    {
        var samples = Enumerable.Range(0, 10_000).Select(_ => RetryDelays.Jittered(Cap, 0.1, Cap, Random.Shared.NextDouble())).ToList();

        Assert.All(samples, d => Assert.InRange(d, TimeSpan.FromSeconds(27), Cap));
        Assert.Contains(samples, d => d < TimeSpan.FromSeconds(28)); // jitter does act below the cap
    }

    [Fact]
    public void Random_jitter_stays_within_its_bounds_and_spreads_over_them()
    {
        var nominal = TimeSpan.FromSeconds(2);
        var samples = Enumerable.Range(0, 10_000).Select(_ => RetryDelays.Jittered(nominal, 0.1, Cap, Random.Shared.NextDouble())).ToList();

        Assert.All(samples, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1800), TimeSpan.FromMilliseconds(2200)));
        Assert.Contains(samples, d => d < TimeSpan.FromMilliseconds(1850));
        Assert.Contains(samples, d => d > TimeSpan.FromMilliseconds(2150));
    }
}
