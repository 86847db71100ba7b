using System.Text.Json;
using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Shared.Geography;

/// <summary>
/// The countries with an EU adequacy decision (Art. 45): the bundled list, or the file named by
/// <c>Modules:Reporting:AdequacyDecisionsPath</c> when the Commission adopts or repeals one before our next release.
/// EEA states are not third countries: transfers among them need no safeguard.
/// </summary>
public sealed class AdequacyDecisions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, AdequacyDecision> _byCountry;

    public AdequacyDecisions(IEnumerable<AdequacyDecision> decisions)
    {
        _byCountry = new(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            if (!CountryCode.IsValid(decision.Country) || EeaCountries.Contains(decision.Country))
            {
                throw new InvalidOperationException($"Adequacy decision for '{decision.Country}': not an ISO 3166-1 alpha-2 third country.");
            }

            if (!_byCountry.TryAdd(decision.Country, decision))
            {
                throw new InvalidOperationException($"Two adequacy decisions for '{decision.Country}'.");
            }
        }
    }

    public IReadOnlyCollection<AdequacyDecision> All => _byCountry.Values;

    public AdequacyDecision? Find(string country) => _byCountry.GetValueOrDefault(country);

    /// <summary>True when personal data may flow to <paramref name="country"/> on <paramref name="day"/> without an Art. 46 safeguard.</summary>
    public bool IsAdequate(string country, DateOnly day) =>
        EeaCountries.Contains(country) || (Find(country)?.InForceOn(day) ?? false);

    public static AdequacyDecisions Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<AdequacyDocument>(json, Json);
        if (document?.Decisions is not { Count: > 0 } decisions)
        {
            throw new InvalidOperationException("The adequacy decision list is empty (expected {\"decisions\": [...]}).");
        }

        if (decisions.Any(d => d is null || string.IsNullOrWhiteSpace(d.Name) || string.IsNullOrWhiteSpace(d.Decision)))
        {
            throw new InvalidOperationException("Every adequacy decision needs a country, a name and the decision's reference.");
        }

        return new AdequacyDecisions(decisions);
    }

    public static AdequacyDecisions Bundled()
    {
        using var stream = typeof(AdequacyDecisions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        return Load(stream);
    }

    private const string ResourceName = "ComplianceHub.Shared.Geography.adequacy-decisions.json";

    private sealed record AdequacyDocument(List<AdequacyDecision> Decisions);
}
