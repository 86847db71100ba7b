namespace ComplianceHub.Shared.Http;

/// <summary>The plausibility check every email field of the API makes (delivery is the real test).</summary>
public static class EmailAddress
{
    /// <summary>One @ with a local part, a dotted domain, no whitespace or control characters.</summary>
    public static bool IsPlausible(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 3 && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
