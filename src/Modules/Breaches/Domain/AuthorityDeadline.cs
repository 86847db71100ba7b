namespace ComplianceHub.Breaches.Domain;

/// <summary>Art. 33(1): notify the supervisory authority not later than 72 hours after becoming aware.</summary>
public static class AuthorityDeadline
{
    /// <summary>Elapsed time, not wall-clock time: a DST change inside the window does not move the deadline.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);

    public static DateTimeOffset From(DateTimeOffset awareAt) => awareAt.ToUniversalTime() + Window;
}
