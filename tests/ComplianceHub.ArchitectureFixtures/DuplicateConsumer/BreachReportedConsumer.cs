using ComplianceHub.Breaches.Contracts;
using MassTransit;

namespace ComplianceHub.ArchitectureFixtures.DuplicateConsumer;

/// <summary>Violates "consumer names are unique across modules": Notifications has a BreachReportedConsumer.</summary>
public sealed class BreachReportedConsumer : IConsumer<BreachReported>
{
    public Task Consume(ConsumeContext<BreachReported> context) => Task.CompletedTask;
}
