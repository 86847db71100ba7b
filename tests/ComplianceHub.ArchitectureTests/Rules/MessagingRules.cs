using MassTransit;

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>STYLE.md: consumers are public (MassTransit's scanner) and uniquely named (queue names derive from them).</summary>
internal static class MessagingRules
{
    public static IEnumerable<Type> Consumers(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t));

    public static IEnumerable<string> UniqueNames(IEnumerable<Type> consumers) =>
        consumers.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => $"consumer name {g.Key} is used by {string.Join(", ", g.Select(t => t.FullName))}");

    public static IEnumerable<string> Public(IEnumerable<Type> consumers) =>
        consumers.Where(t => !t.IsPublic).Select(t => $"{t.FullName} is not public");
}
