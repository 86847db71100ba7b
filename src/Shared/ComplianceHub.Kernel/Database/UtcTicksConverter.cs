using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplianceHub.Shared.Database;

/// <summary>Stores an instant as UTC ticks (SQLite), read back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
