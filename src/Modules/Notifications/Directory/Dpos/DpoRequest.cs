namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>The body of <c>POST /api/v1/dpos</c> and <c>PUT /api/v1/dpos/{id}</c> (a PUT replaces every field).</summary>
public sealed record DpoRequest
{
    /// <summary>Only for platform callers creating a DPO: the organisation it belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    /// <summary>E.164, e.g. <c>+4930123456</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>The caller id the DPO signs in with: their in-app group.</summary>
    public string? UserId { get; init; }

    /// <summary>IANA time zone, e.g. <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; init; }

    public IReadOnlyList<WorkingPeriodRequest>? WorkingHours { get; init; }

    /// <summary>Local dates (<c>yyyy-MM-dd</c>) without working hours.</summary>
    public IReadOnlyList<string>? Holidays { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes this DPO covers as regional DPO.</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    public bool IsGroupDpo { get; init; }

    /// <summary>Priority name → channels (Email, Sms, InApp) in failover order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ChannelPreferences { get; init; }

    public Guid? DeputyId { get; init; }
}
