using System.Text;
using System.Text.Json;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// The headline figures of a report, stored as JSON with the report: what GET shows, the HTML page opens with and the
/// email carries. Sections keep their keys sorted, so the same content always gives the same JSON.
/// </summary>
internal sealed class ReportSummary
{
    public const string Counts = "counts";
    public const string Flags = "flags";

    private readonly Dictionary<string, SortedDictionary<string, long>> _sections = new(StringComparer.Ordinal);

    public ReportSummary(params string[] flags)
    {
        _sections[Counts] = new(StringComparer.Ordinal);
        _sections[Flags] = new(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            _sections[Flags][flag] = 0;
        }
    }

    public IReadOnlyDictionary<string, SortedDictionary<string, long>> Sections => _sections;

    public void Add(string section, string key, long by = 1)
    {
        if (!_sections.TryGetValue(section, out var values))
        {
            _sections[section] = values = new(StringComparer.Ordinal);
        }

        values[key] = values.GetValueOrDefault(key) + by;
    }

    /// <summary>Counts a row's flags, and the row as flagged when it has any.</summary>
    public void AddFlags(IReadOnlyCollection<string> flags)
    {
        Add(Counts, "flagged", flags.Count > 0 ? 1 : 0);
        foreach (var flag in flags)
        {
            Add(Flags, flag);
        }
    }

    public void Set(string section, string key, long value)
    {
        Add(section, key, 0);
        _sections[section][key] = value;
    }

    public string ToJson(long rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("rows", rows);
            foreach (var (name, values) in _sections)
            {
                json.WriteStartObject(name);
                foreach (var (key, value) in values)
                {
                    json.WriteNumber(key, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
