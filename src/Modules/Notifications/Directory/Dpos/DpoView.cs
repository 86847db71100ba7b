namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>A DPO as the API shows it (contact fields decrypted for the caller).</summary>
public sealed record DpoView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    public string? UserId { get; init; }

    public required string TimeZone { get; init; }

    public required IReadOnlyList<WorkingPeriodView> WorkingHours { get; init; }

    public required IReadOnlyList<DateOnly> Holidays { get; init; }

    public required IReadOnlyList<string> Countries { get; init; }

    public bool IsGroupDpo { get; init; }

    public required IReadOnlyDictionary<string, List<string>> ChannelPreferences { get; init; }

    public Guid? DeputyId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
