using ComplianceHub.Breaches;

namespace ComplianceHub.ArchitectureFixtures.BadModule;

/// <summary>Violates "a module references only the kernel, the backbone and Contracts": it uses the Breaches implementation.</summary>
public static class ReachesIntoAnotherModule
{
    public static Type Target => typeof(BreachesModule);
}
