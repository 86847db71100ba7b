namespace ComplianceHub.Shared.Identity.Organizations;

public sealed record CreateOrganizationRequest(string? Name, string? HomeCountry);
