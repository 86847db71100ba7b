using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>Fills the gateway's body template; every value is JSON-escaped, so quotes and newlines stay inside their string.</summary>
internal static partial class SmsBody
{
    public static string Render(string template, string to, string from, string text, string id) =>
        // One pass: a value that itself contains "{text}" is never substituted again.
        Placeholder().Replace(template, m => Escape(m.Groups[1].Value switch
        {
            "to" => to,
            "from" => from,
            "text" => text,
            _ => id,
        }));

    /// <summary>Null when the template renders to valid JSON for awkward sample values and names the recipient and the text.</summary>
    public static string? TemplateError(string key, string? template)
    {
        if (string.IsNullOrWhiteSpace(template) || !template.Contains("{to}", StringComparison.Ordinal) || !template.Contains("{text}", StringComparison.Ordinal))
        {
            return $"{key} must contain the placeholders {{to}} and {{text}}.";
        }

        try
        {
            using var _ = JsonDocument.Parse(Render(template, "+4915112345678", "Sender", "He said \"hi\"\nand left \\ 10:00", Guid.Empty.ToString()));
            return null;
        }
        catch (JsonException ex)
        {
            return $"{key} does not render to valid JSON (placeholders belong inside JSON strings): {ex.Message}";
        }
    }

    private static string Escape(string value)
    {
        var quoted = JsonSerializer.Serialize(value);
        return quoted[1..^1];
    }

    [GeneratedRegex(@"\{(to|from|text|id)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
