namespace ComplianceHub.Shared.Identity.Organizations;

public sealed record OrganizationCreated(Guid Id);
