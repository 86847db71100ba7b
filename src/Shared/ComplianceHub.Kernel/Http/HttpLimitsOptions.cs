using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Http;

/// <summary>Bound from <c>Http</c>: how much one request may carry and how fast one caller may call.</summary>
public sealed class HttpLimitsOptions : IValidatedOptions
{
    public const string Section = "Http";

    /// <summary>Larger bodies are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Sustained requests per second per caller (API key, token subject, or address when anonymous).</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Requests a caller may send at once above the sustained rate; then 429 with Retry-After.</summary>
    public int Burst { get; set; } = 500;

    public IEnumerable<string> Validate(string section)
    {
        if (MaxRequestBodyBytes is < 1024 or > 100 * 1024 * 1024)
        {
            yield return $"{section}:MaxRequestBodyBytes must be between 1024 and 104857600 (was {MaxRequestBodyBytes}).";
        }

        if (RequestsPerSecond is < 1 or > 1_000_000)
        {
            yield return $"{section}:RequestsPerSecond must be between 1 and 1000000 (was {RequestsPerSecond}).";
        }

        if (Burst < 1 || Burst > 10_000_000)
        {
            yield return $"{section}:Burst must be between 1 and 10000000 (was {Burst}).";
        }
    }
}
