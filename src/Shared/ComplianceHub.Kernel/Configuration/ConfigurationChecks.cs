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
}
