namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>A controller or processor using ComplianceHub: every record belongs to one, and no caller sees another's.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2: where its lead supervisory authority sits (Art. 56).</summary>
    public required string HomeCountry { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
