namespace ComplianceHub.Shared.Http;

/// <summary>Enum values arrive as text: exact names only (no numbers, no unknown names), case-insensitive.</summary>
public static class RequestEnums
{
    public static TEnum? Parse<TEnum>(ValidationErrors errors, string field, string? value, bool required)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.When(required, field, $"Required: one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            return null;
        }

        if (!char.IsLetter(value[0]) || !Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(field, $"Unknown value; one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            return null;
        }

        return parsed;
    }
}
