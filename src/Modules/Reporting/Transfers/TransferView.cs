using System.Text.Json.Serialization;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>An entry of the transfer register (Art. 44–49) as the API returns it.</summary>
public sealed record TransferView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>Send it back with a PUT: the change applies only if nobody changed the entry in between.</summary>
    public required int Revision { get; init; }

    public required string Recipient { get; init; }

    public required string DestinationCountry { get; init; }

    public required string Mechanism { get; init; }

    public DateOnly? ImpactAssessedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Computed when read, for today (UTC); history snapshots leave it out, it depends on the day.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SafeguardView? Safeguard { get; init; }
}
