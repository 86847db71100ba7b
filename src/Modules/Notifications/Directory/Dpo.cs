namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// A data protection officer alerts are routed to (Art. 37–39): a regional DPO covers <see cref="Countries"/>; the
/// group DPO (<see cref="IsGroupDpo"/>) receives what no regional DPO covers and the top of every escalation.
/// Contact data is encrypted at rest (field-level, <c>PersonalDataProtector</c>).
/// </summary>
internal sealed class Dpo
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    /// <summary>Encrypted.</summary>
    public required string Name { get; set; }

    /// <summary>Encrypted.</summary>
    public required string Email { get; set; }

    /// <summary>Encrypted; E.164.</summary>
    public string? Phone { get; set; }

    /// <summary>The caller id they sign in with (API key <c>key:{id}</c> or token subject): their in-app group.</summary>
    public string? UserId { get; set; }

    /// <summary>IANA time zone their working hours are in.</summary>
    public required string TimeZone { get; set; }

    public List<WorkingPeriod> WorkingHours { get; set; } = [];

    /// <summary>Local dates with no working hours.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes this DPO covers.</summary>
    public List<string> Countries { get; set; } = [];

    public bool IsGroupDpo { get; set; }

    /// <summary>Overrides of the default priority → channel matrix, per priority name.</summary>
    public Dictionary<string, List<string>> ChannelPreferences { get; set; } = [];

    public Guid? DeputyId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
