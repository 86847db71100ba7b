using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Shared.Residency;

/// <summary>
/// Bound from <c>Residency</c>: where this node processes data. Personal data may be processed only inside the EU/EEA
/// (Chapter V); a node elsewhere refuses messages tagged for the EEA.
/// </summary>
public sealed class ResidencyOptions : IValidatedOptions
{
    public const string Section = "Residency";

    /// <summary>ISO 3166-1 alpha-2 country where this node runs. Unset: not declared (a warning at start; treated as inside).</summary>
    public string? NodeCountry { get; set; }

    public bool Declared => !string.IsNullOrWhiteSpace(NodeCountry);

    public bool InsideEea => !Declared || EeaCountries.Contains(NodeCountry!);

    public IEnumerable<string> Validate(string section)
    {
        if (Declared && !CountryCode.IsValid(NodeCountry))
        {
            yield return $"{section}:NodeCountry must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE (was '{NodeCountry}').";
        }
    }
}
