using ComplianceHub.Breaches.Authorities;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Composes the Art. 33 notification for the competent supervisory authorities from the known facts.</summary>
internal static class AuthorityNotificationComposer
{
    public const string ReasonsForDelayPlaceholder =
        "[To be completed by the controller: the reasons for the delay in notifying (Art. 33(1) GDPR).]";

    public const string LateNotice =
        "The 72-hour deadline has passed: Art. 33(1) GDPR requires a notification made after it to be accompanied by the reasons for the delay.";

    public const string PhasesNote =
        "Art. 33(4) GDPR: where it is not possible to provide this information at the same time, it may be provided in phases without undue further delay.";

    /// <exception cref="ArgumentException"><see cref="BreachDraftFacts.DisplayTimeZone"/> is not a known IANA zone.</exception>
    public static AuthorityNotificationDraft Compose(BreachDraftFacts facts, CompetentAuthorityResolution authorities, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(authorities);

        var zone = DisplayTime.Zone(facts.DisplayTimeZone);
        var late = now > facts.AuthorityDeadline;
        var missing = MissingItems.Of(facts);
        var draft = new AuthorityNotificationDraft
        {
            BreachId = facts.BreachId,
            OrganizationName = facts.OrganizationName,
            Phase = facts.Phase,
            GeneratedAt = now.ToUniversalTime(),
            AuthorityDeadline = facts.AuthorityDeadline.ToUniversalTime(),
            DisplayTimeZone = zone.Id,
            Late = late,
            LateNotice = late ? LateNotice : null,
            ReasonsForDelay = late ? ReasonsForDelayPlaceholder : null,
            Lead = authorities.Lead is { } lead ? Addressees.For(lead, "lead", authorities) : null,
            Concerned = [.. authorities.Concerned.Select(a => Addressees.For(a, "concerned", authorities))],
            OutsideEea = authorities.OutsideEea,
            Basis = authorities.Basis,
            Content = Content(facts),
            Missing = missing,
            MissingNote = missing.Count > 0 ? PhasesNote : null,
            Text = string.Empty,
            Html = string.Empty,
        };

        var sections = DraftLayout.Of(draft, zone);
        return draft with { Text = DraftText.Render(sections), Html = DraftHtml.Render(draft, sections) };
    }

    private static NotificationContent Content(BreachDraftFacts facts) => new()
    {
        Nature = new BreachNature
        {
            Title = facts.Title,
            Description = facts.Description,
            DataCategories = facts.DataCategories,
            SpecialCategoryData = facts.SpecialCategoryData,
            ApproxSubjectsAffected = facts.ApproxSubjectsAffected,
            ApproxRecordsAffected = facts.ApproxRecordsAffected,
            DetectedAt = facts.DetectedAt.ToUniversalTime(),
            AwareAt = facts.AwareAt.ToUniversalTime(),
            ReportedByProcessor = facts.ReportedByProcessor,
            AffectedCountries = facts.AffectedCountries,
            RiskLevel = facts.RiskLevel,
        },
        ContactPoint = facts.ContactPoint,
        LikelyConsequences = facts.LikelyConsequences,
        MeasuresTaken = facts.MeasuresTaken,
    };
}
