namespace ComplianceHub.Notifications.GetAlerts;

/// <summary>An alert as the API lists it.</summary>
public sealed record AlertView(
    Guid Id,
    string Type,
    string Priority,
    string Status,
    string Title,
    string Body,
    string Source,
    string? Country,
    DateTimeOffset? Deadline,
    DateTimeOffset RaisedAt);
