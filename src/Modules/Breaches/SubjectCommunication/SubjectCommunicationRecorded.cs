namespace ComplianceHub.Breaches.SubjectCommunication;

/// <summary>The 202 answer: what was recorded for Art. 34.</summary>
public sealed record SubjectCommunicationRecorded(Guid BreachId, DateTimeOffset? SentAt, string? Channel, int? Recipients, string? Exemption, DateTimeOffset RecordedAt);
