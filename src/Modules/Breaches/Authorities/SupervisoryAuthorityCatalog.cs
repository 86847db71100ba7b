using System.Text.Json;

namespace ComplianceHub.Breaches.Authorities;

/// <summary>The EU/EEA supervisory authorities, by country (Art. 51, 55, 56).</summary>
public sealed class SupervisoryAuthorityCatalog
{
    private const string EmbeddedResource = "ComplianceHub.Breaches.Authorities.supervisory-authorities.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, SupervisoryAuthority> _byCountry = new(StringComparer.OrdinalIgnoreCase);

    public SupervisoryAuthorityCatalog(IEnumerable<SupervisoryAuthority> authorities)
    {
        All = [.. authorities.OrderBy(a => a.Country, StringComparer.OrdinalIgnoreCase)];
        foreach (var authority in All)
        {
            // A duplicate is reported by CatalogChecks; the first entry wins here so reading never throws.
            _byCountry.TryAdd(authority.Country ?? string.Empty, authority);
        }
    }

    /// <summary>Ordered by country code.</summary>
    public IReadOnlyList<SupervisoryAuthority> All { get; }

    /// <summary>ISO 3166-1 alpha-2, any case; null for a country without an EU/EEA authority.</summary>
    public SupervisoryAuthority? Find(string? country) =>
        country is not null && _byCountry.TryGetValue(country.Trim(), out var authority) ? authority : null;

    public bool Covers(string? country) => Find(country) is not null;

    /// <summary>The catalogue bundled with this build.</summary>
    public static SupervisoryAuthorityCatalog Embedded()
    {
        using var stream = typeof(SupervisoryAuthorityCatalog).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResource} is missing from the build.");
        return Read(stream);
    }

    /// <summary>An operator's copy (<c>Modules:Breaches:Authorities:CatalogPath</c>).</summary>
    public static SupervisoryAuthorityCatalog FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <exception cref="JsonException">The stream is not a catalogue document.</exception>
    public static SupervisoryAuthorityCatalog Read(Stream stream)
    {
        var document = JsonSerializer.Deserialize<CatalogDocument>(stream, Json)
            ?? throw new JsonException("The catalogue document is empty (null).");
        return new SupervisoryAuthorityCatalog(document.Authorities ?? []);
    }
}
