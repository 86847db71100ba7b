using ComplianceHub.Reporting.ProcessingActivities;
using ComplianceHub.Reporting.Processors;
using ComplianceHub.Reporting.Transfers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting;

/// <summary>The examples the OpenAPI document shows for the register operations.</summary>
internal static class RegisterExamples
{
    private static readonly Guid Organization = Guid.Parse("5b0e7c1a-3f2d-4c8b-9a61-2e4f6a8b0c1d");
    private static readonly Guid TransferId = Guid.Parse("019ad7a4-1c2b-7e3f-8a9b-0c1d2e3f4a5b");
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly ProcessingActivityRequest Activity = new()
    {
        Name = "Customer support",
        Purposes = ["Answering customer enquiries", "Complaint handling"],
        DataSubjectCategories = ["Customers"],
        PersonalDataCategories = ["Contact details", "Order history", "Correspondence"],
        RecipientCategories = ["Support tool provider"],
        Transfers = [TransferId],
        Retention = "Tickets are erased 24 months after they are closed.",
        SecurityMeasures = "Role-based access, TLS in transit, AES-256 at rest, quarterly access review.",
    };

    public static readonly ProcessingActivityRequest ActivityUpdate = Activity with { Revision = 1, Retention = "Tickets are erased 12 months after they are closed." };

    public static readonly ProcessingActivityView ActivityView = new()
    {
        Id = Guid.Parse("019ad7a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"),
        OrganizationId = Organization,
        Revision = 1,
        Name = Activity.Name!,
        Purposes = [.. Activity.Purposes!.Select(p => p!)],
        DataSubjectCategories = ["Customers"],
        PersonalDataCategories = ["Contact details", "Order history", "Correspondence"],
        RecipientCategories = ["Support tool provider"],
        Transfers = [TransferId],
        Retention = Activity.Retention!,
        SecurityMeasures = Activity.SecurityMeasures!,
        CreatedAt = At,
        UpdatedAt = At,
    };

    public static readonly TransferRequest Transfer = new()
    {
        Recipient = "Helpdesk SaaS Inc.",
        DestinationCountry = "US",
        Mechanism = "SCC",
        ImpactAssessedOn = new DateOnly(2026, 10, 15),
        ExpiresOn = new DateOnly(2029, 10, 14),
    };

    public static readonly TransferRequest TransferUpdate = Transfer with { Revision = 1, ImpactAssessedOn = new DateOnly(2026, 11, 30) };

    public static readonly TransferView TransferView = new()
    {
        Id = TransferId,
        OrganizationId = Organization,
        Revision = 1,
        Recipient = Transfer.Recipient!,
        DestinationCountry = "US",
        Mechanism = "SCC",
        ImpactAssessedOn = Transfer.ImpactAssessedOn,
        ExpiresOn = Transfer.ExpiresOn,
        CreatedAt = At,
        UpdatedAt = At,
        Safeguard = new SafeguardView(
            "Safeguarded",
            "SCC (Art. 46(2)(c)), assessed 2026-10-15.",
            new DateOnly(2026, 12, 1),
            new AdequacyDecision
            {
                Country = "US",
                Name = "United States",
                Decision = "Commission Implementing Decision (EU) 2023/1795",
                AdoptedOn = new DateOnly(2023, 7, 10),
                Scope = "Organisations certified under the EU-U.S. Data Privacy Framework",
            }),
    };

    public static readonly ProcessorRequest Processor = new()
    {
        Name = "Mailing Services GmbH",
        Country = "DE",
        DpaSignedOn = new DateOnly(2025, 3, 1),
        SubProcessors = ["Cloud Hosting SE (FR)"],
        LastAuditOn = new DateOnly(2026, 6, 12),
        Status = "Active",
    };

    public static readonly ProcessorRequest ProcessorUpdate = Processor with { Revision = 1, LastAuditOn = new DateOnly(2026, 11, 20) };

    public static readonly ProcessorView ProcessorView = new()
    {
        Id = Guid.Parse("019ad7a4-9a0b-7c1d-8e2f-3a4b5c6d7e8f"),
        OrganizationId = Organization,
        Revision = 1,
        Name = Processor.Name!,
        Country = "DE",
        DpaSignedOn = Processor.DpaSignedOn,
        SubProcessors = ["Cloud Hosting SE (FR)"],
        LastAuditOn = Processor.LastAuditOn,
        Status = "Active",
        CreatedAt = At,
        UpdatedAt = At,
    };
}
