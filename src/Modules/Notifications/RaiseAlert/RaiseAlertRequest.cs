namespace ComplianceHub.Notifications.RaiseAlert;

/// <summary>The body of <c>POST /api/v1/alerts</c>.</summary>
public sealed record RaiseAlertRequest
{
    /// <summary>Only for platform callers: the organisation the alert is for.</summary>
    public Guid? OrganizationId { get; init; }

    public string? Type { get; init; }

    /// <summary><c>Critical</c>, <c>High</c>, <c>Medium</c> or <c>Low</c>.</summary>
    public string? Priority { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>ISO 3166-1 alpha-2: routes the alert to that country's regional DPO.</summary>
    public string? Country { get; init; }

    /// <summary>What raised it; the same source and type raise one alert (a retry returns the first).</summary>
    public string? Source { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>A legal deadline the alert is about: escalation speeds up as it nears.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
