namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>The breach every example of the OpenAPI document follows: a German controller's breach affecting people in Germany and
/// France, reported one hour after detection. The other use cases' examples take its id and awareness time.</summary>
internal static class ReportBreachExamples
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
}
