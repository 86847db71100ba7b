namespace ComplianceHub.Breaches.AuthorityNotification;

internal static class AuthorityNotificationProjection
{
    public static AuthorityNotificationView Of(AuthorityNotificationRecord record, string? reasonsForDelay) =>
        new()
        {
            Id = record.Id,
            AuthorityCountry = record.AuthorityCountry,
            Phase = record.Phase.ToString(),
            SubmittedAt = record.SubmittedAt,
            Reference = record.Reference,
            Late = record.Late,
            ReasonsForDelay = reasonsForDelay,
            RecordedAt = record.RecordedAt,
        };
}
