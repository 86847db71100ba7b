namespace ComplianceHub.Shared.Configuration;

/// <summary>Small checks shared by the options classes; each returns an error naming the key, or null.</summary>
public static class ConfigurationChecks
{
    public static string? Defined<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? null
            : $"{key} must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (was '{value}').";

    public static string? Required(string key, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"{key} is required." : null;

    public static string? InRange(string key, int value, int min, int max) =>
        value < min || value > max ? $"{key} must be between {min} and {max} (was {value})." : null;

    public static string? Positive(string key, TimeSpan value) =>
        value <= TimeSpan.Zero ? $"{key} must be a positive duration (was {value})." : null;

    /// <summary>The longest pause <c>Task.Delay</c> accepts (uint.MaxValue - 1 ms, about 49.7 days).</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>
    /// A background loop's pause: positive, and short enough for <c>Task.Delay</c>. A longer one would throw on every
    /// pass, so it is refused at start instead of failing (or spinning) in the loop.
    /// </summary>
    public static string? Interval(string key, TimeSpan value) =>
        Positive(key, value) ?? (value > MaxInterval ? $"{key} must be at most {MaxInterval} (was {value})." : null);
}
