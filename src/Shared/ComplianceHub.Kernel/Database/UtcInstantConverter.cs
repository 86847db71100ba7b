using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplianceHub.Shared.Database;

/// <summary>Normalises an instant to offset zero before it is written (PostgreSQL timestamptz, SQL Server).</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
