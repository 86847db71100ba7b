namespace ComplianceHub.Shared.Identity;

/// <summary>What a module may know of an organisation: its name and its main establishment (Art. 56).</summary>
public sealed record OrganizationProfile(Guid Id, string Name, string HomeCountry);
