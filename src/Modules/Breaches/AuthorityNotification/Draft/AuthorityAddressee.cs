using ComplianceHub.Breaches.Authorities;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>A supervisory authority the draft is for, and where to submit it.</summary>
public sealed record AuthorityAddressee
{
    /// <summary><c>lead</c> (Art. 56(1)) or <c>concerned</c> (Art. 4(22)).</summary>
    public required string Role { get; init; }

    /// <summary>True when Art. 33(1) requires notifying this authority.</summary>
    public required bool Required { get; init; }

    public required SupervisoryAuthority Authority { get; init; }

    /// <summary>The authority's breach-notification page, or its website where none is known.</summary>
    public required string SubmitTo { get; init; }

    public required bool SubmitToIsNotificationPage { get; init; }

    /// <summary>Set for countries with regional authorities (DE, ES): which one is competent.</summary>
    public string? RegionalNote { get; init; }
}
