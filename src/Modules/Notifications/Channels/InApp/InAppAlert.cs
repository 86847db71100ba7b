namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>
/// What the hub pushes as <c>alert</c>: enough to show and open the alert, no contact data, and no acknowledgement link:
/// the organisation's whole group receives it, Auditors and ComplianceAnalysts included, who may not acknowledge. The
/// app acknowledges with <c>POST /api/v1/alerts/{id}/acknowledge</c>, where the caller's role is checked.
/// </summary>
internal sealed record InAppAlert(
    Guid AlertId,
    string Type,
    string Priority,
    string Title,
    DateTimeOffset? Deadline,
    Guid RecipientId);
