using System.Globalization;

namespace ComplianceHub.Shared.Geography;

/// <summary>ISO 3166-1 alpha-2 country codes, as the REST conventions require.</summary>
public static class CountryCode
{
    public static bool IsValid(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
