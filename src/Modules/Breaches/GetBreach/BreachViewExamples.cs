using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.AuthorityNotification;
using ComplianceHub.Breaches.GetBreach;
using ComplianceHub.Breaches.ListBreaches;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;
using static ComplianceHub.Breaches.AssessRisk.AssessRiskExamples;
using static ComplianceHub.Breaches.AuthorityNotification.RecordNotificationExamples;

namespace ComplianceHub.Breaches;

/// <summary>
/// The answers the OpenAPI document shows for the breach queries: one German controller's breach affecting people in
/// Germany and France, high risk, the lead authority notified at 30 hours, the customers not yet told. The authorities
/// come from the catalogue in force, so the examples name them as the API would.
/// </summary>
internal static class BreachViewExamples
{
    private const string Dpo = "key:3f0c7a2e-91b4-4d6e-a8c5-0b2d4e6f8a13";
    private static readonly string[] Countries = ["DE", "FR"];
    private static readonly string[] Categories = ["contact details", "order history"];

    public static Page<BreachSummary> Page { get; } = new([Summary], 1, 50, 1);

    private static BreachSummary Summary => new()
    {
        Id = Id,
        OrganizationId = OrganizationId,
        Title = Report.Title!,
        Status = nameof(BreachStatus.AwaitingSubjectCommunication),
        RiskLevel = nameof(RiskLevel.HighRisk),
        AwareAt = AwareAt,
        AuthorityDeadline = AuthorityDeadline.From(AwareAt),
        DeadlineMissed = false,
        AffectedCountries = Countries,
        ReportedAt = AwareAt.AddMinutes(20),
    };

    public static BreachView Detail(SupervisoryAuthorityCatalog catalog)
    {
        var competent = CompetentAuthorities.Resolve(catalog, "DE", Countries);
        return new BreachView
        {
            Id = Id,
            OrganizationId = OrganizationId,
            Status = nameof(BreachStatus.AwaitingSubjectCommunication),
            RiskLevel = nameof(RiskLevel.HighRisk),
            RiskRationale = Assessment.Rationale,
            AssessedAt = AssessmentAnswer.AssessedAt,
            Title = Report.Title!,
            Description = Report.Description!,
            Source = Report.Source!,
            DetectedAt = Report.DetectedAt!.Value,
            AwareAt = AwareAt,
            AuthorityDeadline = AuthorityDeadline.From(AwareAt),
            DeadlineMissed = false,
            ReportedAt = AwareAt.AddMinutes(20),
            AffectedCountries = Countries,
            DataCategories = Categories,
            SpecialCategoryData = false,
            ApproxSubjectsAffected = Report.ApproxSubjectsAffected!.Value,
            ApproxRecordsAffected = Report.ApproxRecordsAffected!.Value,
            LikelyConsequences = Report.LikelyConsequences,
            MeasuresTaken = Report.MeasuresTaken,
            ContactPoint = new BreachContactView(Report.ContactPoint!.Name, Report.ContactPoint.Email, null),
            ReportedByProcessor = false,
            LeadAuthority = competent.Lead is { } lead ? AuthorityRefView.Of(lead) : null,
            ConcernedAuthorities = [.. competent.Concerned.Select(AuthorityRefView.Of)],
            RequiredAuthorities = competent.RequiredCountries,
            OutstandingAuthorities = [],
            AuthorityNotifications = [NotificationRecorded],
            SubjectCommunication = new SubjectCommunicationView { Required = true },
            Timeline = Timeline,
        };
    }

    private static TimelineEntryView[] Timeline =>
    [
        new(AwareAt.AddMinutes(20), TimelineKinds.Reported, Dpo, "Reported; aware 2026-03-02T09:00:00.0000000+00:00; deadline 2026-03-05T09:00:00.0000000+00:00; notify: DE."),
        new(AwareAt.AddMinutes(20), TimelineKinds.ClockStarted, TimelineKinds.Workflow, "Art. 33 clock running; deadline 2026-03-05T09:00:00.0000000+00:00."),
        new(AwareAt.AddMinutes(20), TimelineKinds.StatusChanged, TimelineKinds.Workflow, "Reported -> UnderAssessment"),
        new(AwareAt.AddHours(4), TimelineKinds.RiskAssessed, Dpo, "Assessed: HighRisk."),
        new(AwareAt.AddHours(4), TimelineKinds.SubjectCommunicationRequired, TimelineKinds.Workflow, "High risk: tell the people affected without undue delay (Art. 34(1))."),
        new(AwareAt.AddHours(4), TimelineKinds.StatusChanged, TimelineKinds.Workflow, "UnderAssessment -> AwaitingAuthorityNotification"),
        new(AwareAt.AddHours(24), TimelineKinds.ReminderSent, TimelineKinds.Workflow, "Reminder 1: 48 h left; outstanding: DE."),
        new(NotificationRecorded.RecordedAt, TimelineKinds.AuthorityNotified, Dpo, "Initial notification to DE submitted 2026-03-03T15:00:00.0000000+00:00."),
        new(NotificationRecorded.RecordedAt, TimelineKinds.StatusChanged, TimelineKinds.Workflow, "AwaitingAuthorityNotification -> AwaitingSubjectCommunication"),
    ];

    /// <summary>The draft as the endpoint composes it six hours after awareness, times shown in Berlin.</summary>
    public static AuthorityNotificationDraft Draft(SupervisoryAuthorityCatalog catalog) =>
        AuthorityNotificationComposer.Compose(
            new BreachDraftFacts
            {
                BreachId = Id,
                OrganizationName = "Example Shop GmbH",
                MainEstablishmentCountry = "DE",
                Title = Report.Title!,
                Description = Report.Description!,
                DataCategories = Categories,
                ApproxSubjectsAffected = Report.ApproxSubjectsAffected,
                ApproxRecordsAffected = Report.ApproxRecordsAffected,
                LikelyConsequences = Report.LikelyConsequences,
                MeasuresTaken = Report.MeasuresTaken,
                ContactPoint = new ContactPoint { Name = Report.ContactPoint!.Name!, Email = Report.ContactPoint.Email },
                DetectedAt = Report.DetectedAt!.Value,
                AwareAt = AwareAt,
                AuthorityDeadline = AuthorityDeadline.From(AwareAt),
                AffectedCountries = Countries,
                RiskLevel = nameof(RiskLevel.HighRisk),
                DisplayTimeZone = "Europe/Berlin",
            },
            CompetentAuthorities.Resolve(catalog, "DE", Countries),
            AwareAt.AddHours(6));
}
