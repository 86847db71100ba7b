using ComplianceHub.Breaches;

namespace ComplianceHub.ArchitectureFixtures.BadModule;

/// <summary>Violates "a module references only Shared and Contracts": it uses the Breaches implementation.</summary>
public static class ReachesIntoAnotherModule
{
    public static Type Target => typeof(BreachesModule);
}
