namespace ComplianceHub.Shared.Identity;

/// <summary>
/// Per request: the organisation a platform caller named for the record it creates (<see cref="OrganizationScope"/>),
/// so the call's audit entry is recorded with that organisation.
/// </summary>
public sealed class ActingOrganization
{
    public Guid? Id { get; internal set; }
}
