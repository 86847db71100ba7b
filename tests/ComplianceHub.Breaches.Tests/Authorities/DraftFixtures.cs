namespace ComplianceHub.Breaches.Tests.Authorities;

internal static class DraftFixtures
{
    public static readonly SupervisoryAuthorityCatalog Catalog = SupervisoryAuthorityCatalog.Embedded();

    public static readonly DateTimeOffset AwareAt = new(2026, 11, 23, 14, 5, 0, TimeSpan.Zero);

    /// <summary>A DE+FR breach of a controller established in Germany, every Art. 33(3) item known.</summary>
    public static BreachDraftFacts Complete() => new()
    {
        BreachId = Guid.Parse("4f1c2b8e-6a0d-4e57-9b43-2f8f1a0c9d11"),
        OrganizationName = "Beispiel Versand GmbH",
        MainEstablishmentCountry = "DE",
        Title = "Customer database exported by a compromised service account",
        Description = "A service account read 12,400 customer records outside its usual pattern.",
        DataCategories = ["contact details", "order history"],
        SpecialCategoryData = true,
        ApproxSubjectsAffected = 3217,
        ApproxRecordsAffected = 12409,
        LikelyConsequences = "Phishing aimed at the affected customers.",
        MeasuresTaken = "Account disabled, credentials rotated, customers warned.",
        ContactPoint = new ContactPoint { Name = "Dr. Jana Keller", Email = "dpo@beispiel-versand.example", Phone = "+49 30 1234567" },
        DetectedAt = AwareAt.AddHours(-2),
        AwareAt = AwareAt,
        AuthorityDeadline = AwareAt.AddHours(72),
        ReportedByProcessor = true,
        AffectedCountries = ["DE", "FR"],
        RiskLevel = "High",
        Phase = "Initial",
        DisplayTimeZone = "Europe/Berlin",
    };

    public static AuthorityNotificationDraft Compose(BreachDraftFacts facts, DateTimeOffset? now = null) =>
        AuthorityNotificationComposer.Compose(
            facts,
            CompetentAuthorities.Resolve(Catalog, facts.MainEstablishmentCountry, facts.AffectedCountries),
            now ?? facts.AwareAt.AddHours(5));
}
