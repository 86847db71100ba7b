namespace ComplianceHub.ArchitectureTests;

public sealed class MessagingConventionTests
{
    [Fact]
    public void Consumer_names_are_unique_across_modules() =>
        Assert.Empty(MessagingRules.UniqueNames(MessagingRules.Consumers(Solution.Modules)));

    [Fact]
    public void The_rule_catches_two_modules_with_the_same_consumer_name()
    {
        var consumers = MessagingRules.Consumers([.. Solution.Modules, Solution.Fixtures]);

        var violation = Assert.Single(MessagingRules.UniqueNames(consumers));
        Assert.StartsWith("consumer name BreachReportedConsumer", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumers_are_public_for_MassTransit() =>
        Assert.Empty(MessagingRules.Public(MessagingRules.Consumers(Solution.Modules)));

    [Fact]
    public void The_rule_catches_an_internal_consumer() =>
        Assert.Equal(["ComplianceHub.ArchitectureFixtures.DuplicateConsumer.HiddenConsumer is not public"],
            MessagingRules.Public(MessagingRules.Consumers([Solution.Fixtures])));

    /// <summary>9.x is commercially licensed (ADR 0002); our persistence also builds on 8.x extension points.</summary>
    [Fact]
    public void MassTransit_stays_on_the_Apache_licensed_8_line()
    {
        var version = typeof(MassTransit.IConsumer).Assembly.GetName().Version!;
        var informational = typeof(MassTransit.IConsumer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(8, version.Major);
        Assert.StartsWith("8.5.12", informational, StringComparison.Ordinal);
    }
}
