using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.AuthorityNotification;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Breaches.GetBreach;

/// <summary>Composes the full view of one breach from its record, workflow, notifications and timeline.</summary>
internal sealed class BreachProjection(BreachesDbContext db, PersonalDataProtector personalData, SupervisoryAuthorityCatalog authorities)
{
    public async Task<BreachView> DetailAsync(Breach breach, CancellationToken cancellationToken)
    {
        // Breaches recorded before the workflow existed have none: they show as Reported.
        var workflow = await db.Workflows.AsNoTracking().SingleOrDefaultAsync(w => w.CorrelationId == breach.Id, cancellationToken);
        var notifications = (await db.AuthorityNotifications.AsNoTracking().Where(n => n.BreachId == breach.Id).ToListAsync(cancellationToken))
            .OrderBy(n => n.SubmittedAt).ThenBy(n => n.Phase).ToList();
        var timeline = await db.Timeline.AsNoTracking().Where(t => t.BreachId == breach.Id)
            .OrderBy(t => t.At).ToListAsync(cancellationToken);
        var competent = CompetentAuthorities.Resolve(authorities, breach.MainEstablishment, breach.AffectedCountries);
        var notified = notifications.Where(n => n.Phase == NotificationPhase.Initial).Select(n => n.AuthorityCountry).ToHashSet();
        return new BreachView
        {
            Id = breach.Id,
            OrganizationId = breach.OrganizationId,
            Status = workflow?.CurrentState ?? nameof(BreachStatus.Reported),
            RiskLevel = breach.RiskLevel?.ToString(),
            RiskRationale = Open(breach.RiskRationale, breach.Id, nameof(Breach.RiskRationale)),
            AssessedAt = breach.AssessedAt,
            Title = personalData.Unprotect(breach.Title, breach.Id, nameof(Breach.Title)),
            Description = personalData.Unprotect(breach.Description, breach.Id, nameof(Breach.Description)),
            Source = breach.Source,
            LinkedSource = breach.LinkedSource,
            DetectedAt = breach.DetectedAt,
            AwareAt = breach.AwareAt,
            AuthorityDeadline = breach.AuthorityDeadline,
            DeadlineMissed = workflow?.DeadlineMissed ?? false,
            ReportedAt = breach.ReportedAt,
            AffectedCountries = breach.AffectedCountries,
            DataCategories = breach.DataCategories,
            SpecialCategoryData = breach.SpecialCategoryData,
            ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
            ApproxRecordsAffected = breach.ApproxRecordsAffected,
            LikelyConsequences = Open(breach.LikelyConsequences, breach.Id, nameof(Breach.LikelyConsequences)),
            MeasuresTaken = Open(breach.MeasuresTaken, breach.Id, nameof(Breach.MeasuresTaken)),
            ContactPoint = ContactOf(breach),
            ReportedByProcessor = breach.ReportedByProcessor,
            ControllerNotifiedAt = breach.ControllerNotifiedAt,
            LeadAuthority = competent.Lead is { } lead ? AuthorityRefView.Of(lead) : null,
            ConcernedAuthorities = [.. competent.Concerned.Select(AuthorityRefView.Of)],
            RequiredAuthorities = breach.RequiredAuthorities,
            OutstandingAuthorities = [.. breach.RequiredAuthorities.Where(c => !notified.Contains(c))],
            AuthorityNotifications = [.. notifications.Select(n => AuthorityNotificationProjection.Of(n, Open(n.ReasonsForDelay, n.Id, nameof(AuthorityNotificationRecord.ReasonsForDelay))))],
            SubjectCommunication = new SubjectCommunicationView
            {
                Required = breach.RiskLevel == RiskLevel.HighRisk,
                SentAt = breach.SubjectsInformedAt,
                Channel = breach.SubjectChannel?.ToString(),
                Recipients = breach.SubjectRecipients,
                Exemption = breach.SubjectExemption?.ToString(),
                ExemptionRationale = Open(breach.SubjectExemptionRationale, breach.Id, nameof(Breach.SubjectExemptionRationale)),
            },
            ClosedAt = breach.ClosedAt,
            ClosingSummary = Open(breach.ClosingSummary, breach.Id, nameof(Breach.ClosingSummary)),
            Timeline = [.. timeline.Select(t => new TimelineEntryView(t.At, t.Kind, t.Actor, t.Detail))],
        };
    }

    public BreachContactView? ContactOf(Breach breach) =>
        breach.ContactName is null
            ? null
            : new BreachContactView(
                Open(breach.ContactName, breach.Id, nameof(Breach.ContactName)),
                Open(breach.ContactEmail, breach.Id, nameof(Breach.ContactEmail)),
                Open(breach.ContactPhone, breach.Id, nameof(Breach.ContactPhone)));

    public string? Open(string? value, Guid id, string field) => personalData.UnprotectOptional(value, id, field);
}
