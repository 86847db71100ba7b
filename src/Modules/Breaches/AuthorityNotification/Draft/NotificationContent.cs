namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The minimum content of Art. 33(3), point by point.</summary>
public sealed record NotificationContent
{
    /// <summary>(a)</summary>
    public required BreachNature Nature { get; init; }

    /// <summary>(b)</summary>
    public ContactPoint? ContactPoint { get; init; }

    /// <summary>(c)</summary>
    public string? LikelyConsequences { get; init; }

    /// <summary>(d) measures taken or proposed, including to mitigate possible adverse effects.</summary>
    public string? MeasuresTaken { get; init; }
}
