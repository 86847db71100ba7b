namespace ComplianceHub.Notifications.RaiseAlert;

/// <summary>An alert being raised, in clear (the intake encrypts its text).</summary>
internal sealed record NewAlert
{
    public Guid? OrganizationId { get; init; }

    public required AlertType Type { get; init; }

    public required AlertPriority Priority { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>De-duplication key with the type: the same source and type raise one alert. Null: unique.</summary>
    public string? Source { get; init; }

    public string? CorrelationId { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>
    /// The alert an event of another module raises: the source names the event, so a redelivered event raises no second
    /// alert. The body is formatted with the invariant culture (numbers and dates read the same on every host).
    /// </summary>
    public static NewAlert ForEvent(
        AlertType type, AlertPriority priority, Guid? organizationId, string title, FormattableString body, string source, DateTimeOffset? deadline = null) =>
        new()
        {
            OrganizationId = organizationId,
            Type = type,
            Priority = priority,
            Title = title,
            Body = FormattableString.Invariant(body),
            Source = source,
            Deadline = deadline,
        };
}
