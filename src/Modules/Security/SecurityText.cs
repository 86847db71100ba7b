namespace ComplianceHub.Security;

internal static class SecurityText
{
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
