using ComplianceHub.Breaches.AssessRisk;
using ComplianceHub.Breaches.AuthorityNotification;
using ComplianceHub.Breaches.CloseBreach;
using ComplianceHub.Breaches.ControllerNotification;
using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Breaches.SubjectCommunication;

namespace ComplianceHub.Breaches;

/// <summary>The examples the OpenAPI document shows for the breach operations.</summary>
internal static class BreachExamples
{
    public static readonly Guid Id = Guid.Parse("0c9a4f7e-2b1d-4e8a-9f3c-5d6e7f809a1b");
    public static readonly Guid OrganizationId = Guid.Parse("5e2d8c41-7a3b-4f19-8e6d-2c4b9a7f1e03");
    public static readonly DateTimeOffset AwareAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly ReportBreachRequest Report = new()
    {
        Title = "Unusual access pattern detected in customer database",
        Description = "A service account read 48,000 customer records outside its usual pattern.",
        DetectedAt = AwareAt.AddHours(-1),
        AwareAt = AwareAt,
        Source = "siem",
        AffectedCountries = ["DE", "FR"],
        DataCategories = ["contact details", "order history"],
        SpecialCategoryData = false,
        ApproxSubjectsAffected = 12000,
        ApproxRecordsAffected = 48000,
        LikelyConsequences = "Phishing aimed at the customers concerned.",
        MeasuresTaken = "Account disabled, credentials rotated, access logs preserved.",
        ContactPoint = new ContactPointRequest { Name = "Data Protection Officer", Email = "dpo@example.eu" },
    };

    public static readonly BreachAccepted Accepted = new(Id, "Reported", AwareAt, AwareAt.AddHours(72));

    public static readonly AssessRiskRequest Assessment = new()
    {
        RiskLevel = "HighRisk",
        Rationale = "Contact data and order history enable targeted phishing; 12,000 people.",
    };

    public static readonly AssessmentRecorded AssessmentAnswer = new(Id, "HighRisk", AwareAt.AddHours(4));

    public static readonly RecordAuthorityNotificationRequest Notification = new()
    {
        AuthorityCountry = "DE",
        SubmittedAt = AwareAt.AddHours(30),
        Reference = "BfDI-2026-00421",
        Phase = "Initial",
    };

    public static readonly AuthorityNotificationView NotificationRecorded = new()
    {
        Id = Guid.Parse("7b41e2d9-0c6a-4d35-b8f2-9e1a3c5d7f60"),
        AuthorityCountry = "DE",
        Phase = "Initial",
        SubmittedAt = AwareAt.AddHours(30),
        Reference = "BfDI-2026-00421",
        Late = false,
        RecordedAt = AwareAt.AddHours(30).AddMinutes(12),
    };

    public static readonly RecordSubjectCommunicationRequest Communication = new()
    {
        SentAt = AwareAt.AddHours(40),
        Channel = "Email",
        Recipients = 11800,
    };

    public static readonly SubjectCommunicationRecorded CommunicationRecorded =
        new(Id, AwareAt.AddHours(40), "Email", 11800, null, AwareAt.AddHours(40).AddMinutes(5));

    public static readonly CloseBreachRequest Close = new() { Summary = "Authority notified, customers informed, credentials rotated." };

    public static readonly BreachClosedView Closed = new(Id, AwareAt.AddDays(9));

    public static readonly RecordControllerNotificationRequest ControllerNotice = new() { NotifiedAt = AwareAt.AddHours(2) };

    public static readonly ControllerNotificationRecorded ControllerNoticeRecorded = new(Id, AwareAt.AddHours(2));
}
