using ComplianceHub.Breaches.Register;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;
using static ComplianceHub.Breaches.AssessRisk.AssessRiskExamples;

namespace ComplianceHub.Breaches;

/// <summary>The Art. 33(5) register as the OpenAPI document shows it: a notified breach and one documented as no risk.</summary>
internal static class BreachRegisterExamples
{
    private static readonly string[] Countries = ["DE", "FR"];
    private static readonly string[] Categories = ["contact details", "order history"];

    public static IReadOnlyList<RegisterEntry> Register { get; } =
    [
        new RegisterEntry
        {
            BreachId = Id,
            OrganizationId = OrganizationId,
            Status = nameof(BreachStatus.AwaitingSubjectCommunication),
            DetectedAt = Report.DetectedAt!.Value,
            AwareAt = AwareAt,
            ReportedAt = AwareAt.AddMinutes(20),
            AuthorityDeadline = AuthorityDeadline.From(AwareAt),
            Title = Report.Title!,
            Description = Report.Description!,
            DataCategories = Categories,
            SpecialCategoryData = false,
            ApproxSubjectsAffected = Report.ApproxSubjectsAffected!.Value,
            ApproxRecordsAffected = Report.ApproxRecordsAffected!.Value,
            AffectedCountries = Countries,
            Effects = Report.LikelyConsequences,
            RemedialAction = Report.MeasuresTaken,
            RiskLevel = nameof(RiskLevel.HighRisk),
            RiskRationale = Assessment.Rationale,
            Notified = true,
            Notifications = ["DE Initial 2026-03-03T15:00:00.0000000+00:00"],
        },
        new RegisterEntry
        {
            BreachId = Guid.Parse("2f6b9d13-84c7-4a0e-9b5d-71e3c8a2f4d6"),
            OrganizationId = OrganizationId,
            Status = nameof(BreachStatus.Closed),
            DetectedAt = AwareAt.AddDays(3),
            AwareAt = AwareAt.AddDays(3),
            ReportedAt = AwareAt.AddDays(3).AddHours(1),
            AuthorityDeadline = AuthorityDeadline.From(AwareAt.AddDays(3)),
            Title = "Laptop stolen from a car",
            Description = "A sales laptop with a customer export was stolen; the disk is fully encrypted.",
            DataCategories = ["contact details"],
            SpecialCategoryData = false,
            ApproxSubjectsAffected = 340,
            ApproxRecordsAffected = 340,
            AffectedCountries = ["DE"],
            Effects = "None expected: the data cannot be read without the key.",
            RemedialAction = "Device wiped remotely; key revoked.",
            RiskLevel = nameof(RiskLevel.NoRisk),
            RiskRationale = "BitLocker with TPM and PIN; the key was not exposed.",
            Notified = false,
            ReasonNotNotified = "Assessed as unlikely to result in a risk (Art. 33(1)): BitLocker with TPM and PIN; the key was not exposed.",
            Notifications = [],
            ClosedAt = AwareAt.AddDays(4),
            ClosingSummary = "Encrypted device; no risk to the people concerned.",
        },
    ];
}
