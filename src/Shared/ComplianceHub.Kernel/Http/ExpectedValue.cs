namespace ComplianceHub.Shared.Http;

/// <summary>What a query, route or header parameter of a given type accepts, in words a caller can act on.</summary>
internal static class ExpectedValue
{
    public static string Describe(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
        {
            return $"Must be one of: {string.Join(", ", Enum.GetNames(type))}.";
        }

        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "Must be a whole number.",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "Must be a number.",
            _ when type == typeof(bool) => "Must be true or false.",
            _ when type == typeof(Guid) => "Must be a GUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6.",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "Must be an instant: ISO 8601 with offset, e.g. 2026-03-05T09:00:00Z.",
            _ when type == typeof(DateOnly) => "Must be a date: ISO 8601, e.g. 2026-03-05.",
            _ when type == typeof(TimeSpan) => "Must be a duration, e.g. 01:30:00.",
            _ => "Not a valid value for this parameter.",
        };
    }
}
