namespace ComplianceHub.Breaches.Domain;

/// <summary>Field limits shared by validation and the database model.</summary>
internal static class BreachLimits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 10_000;
    public const int SourceLength = 200;
    public const int CategoryLength = 100;
    public const int MaxCategories = 50;
    public const int MaxCountries = 60;
    public const int ReferenceLength = 200;
    public const int RationaleLength = 10_000;
    public const int ContactLength = 200;
    public const int MaxRecipients = 1_000_000_000;
}
