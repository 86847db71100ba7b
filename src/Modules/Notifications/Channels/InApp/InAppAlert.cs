namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>What the hub pushes as <c>alert</c>: enough to show and open the alert, no contact data.</summary>
internal sealed record InAppAlert(
    Guid AlertId,
    string Type,
    string Priority,
    string Title,
    DateTimeOffset? Deadline,
    string? AcknowledgeUrl,
    Guid RecipientId);
