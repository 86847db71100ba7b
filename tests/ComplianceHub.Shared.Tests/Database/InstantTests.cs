namespace ComplianceHub.Shared.Tests.Database;

public sealed class InstantTests
{
    [Fact]
    public void Normalizing_gives_UTC_truncated_to_microseconds()
    {
        var local = new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)).AddTicks(12_345_678);

        var normalized = Instants.Normalize(local);

        Assert.Equal(TimeSpan.Zero, normalized.Offset);
        Assert.Equal(0, normalized.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.True(local - normalized < TimeSpan.FromMicroseconds(1));
        Assert.True(local >= normalized);
    }

    [Fact]
    public void UTC_ticks_round_trip_to_the_same_instant_with_offset_zero()
    {
        var converter = new UtcTicksConverter();
        var instant = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2));

        var stored = (long)converter.ConvertToProvider(instant)!;
        var read = (DateTimeOffset)converter.ConvertFromProvider(stored)!;

        Assert.Equal(instant, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void UTC_ticks_keep_the_order_of_instants_given_in_different_offsets()
    {
        var converter = new UtcTicksConverter();
        var earlier = new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.FromHours(5));
        var later = new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero);

        Assert.True((long)converter.ConvertToProvider(earlier)! < (long)converter.ConvertToProvider(later)!);
    }
}
