namespace ComplianceHub.Notifications.Delivery;

/// <summary>One Low alert in a digest.</summary>
internal sealed record DigestItem(Guid AlertId, string Title, string Type, DateTimeOffset RaisedAt, string AcknowledgeUrl);
