using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Hosting;

namespace ComplianceHub.ArchitectureFixtures.BadLayers;

/// <summary>
/// Violates the layer rules (ADR 0019): code below the host that uses a platform module's implementation (the audit
/// trail itself, not the kernel's <see cref="IAuditTrail"/>) and the host's frame.
/// </summary>
public static class ReachesAcrossLayers
{
    public static Type PlatformModule => typeof(AuditTrail);

    public static Type HostFrame => typeof(ComplianceHubHost);
}
