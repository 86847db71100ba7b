namespace ComplianceHub.Notifications.Contracts;

/// <summary>An alert was raised for an organisation; no personal data (the text stays in the Notifications module).</summary>
public sealed record AlertRaised
{
    public required Guid AlertId { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary>E.g. <c>DataBreach</c>, <c>AccessControl</c> (the alert types of the API).</summary>
    public required string Type { get; init; }

    /// <summary><c>Critical</c>, <c>High</c>, <c>Medium</c> or <c>Low</c>.</summary>
    public required string Priority { get; init; }

    public string? Country { get; init; }

    /// <summary>A legal deadline the alert is about (e.g. the Art. 33 clock), when there is one.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}
