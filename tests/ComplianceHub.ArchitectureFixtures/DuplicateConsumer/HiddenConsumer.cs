using ComplianceHub.Breaches.Contracts;
using MassTransit;

namespace ComplianceHub.ArchitectureFixtures.DuplicateConsumer;

/// <summary>Violates "MassTransit's scanner needs consumers public".</summary>
internal sealed class HiddenConsumer : IConsumer<BreachReported>
{
    public Task Consume(ConsumeContext<BreachReported> context) => Task.CompletedTask;
}
