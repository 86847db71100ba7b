namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>An Art. 33 notification draft for the competent supervisory authorities, with text and HTML renderings.</summary>
public sealed record AuthorityNotificationDraft
{
    public required Guid BreachId { get; init; }

    public required string OrganizationName { get; init; }

    /// <summary>Art. 33(4) phase: Initial, FollowUp or Final.</summary>
    public required string Phase { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required DateTimeOffset AuthorityDeadline { get; init; }

    /// <summary>IANA zone of the renderings.</summary>
    public required string DisplayTimeZone { get; init; }

    /// <summary>Generated after the Art. 33(1) deadline.</summary>
    public required bool Late { get; init; }

    /// <summary>When late: what the notification must add (Art. 33(1)).</summary>
    public string? LateNotice { get; init; }

    /// <summary>When late: a placeholder the controller replaces with the reasons for the delay.</summary>
    public string? ReasonsForDelay { get; init; }

    public AuthorityAddressee? Lead { get; init; }

    public required IReadOnlyList<AuthorityAddressee> Concerned { get; init; }

    /// <summary>Affected countries without an EU/EEA supervisory authority.</summary>
    public required IReadOnlyList<string> OutsideEea { get; init; }

    /// <summary>Why these authorities (Art. 55 / 56).</summary>
    public required string Basis { get; init; }

    public required NotificationContent Content { get; init; }

    /// <summary>Art. 33(3) items not yet known, by field name (<c>contactPoint</c>, <c>likelyConsequences</c>, ...).</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    public string? MissingNote { get; init; }

    public required string Text { get; init; }

    public required string Html { get; init; }
}
