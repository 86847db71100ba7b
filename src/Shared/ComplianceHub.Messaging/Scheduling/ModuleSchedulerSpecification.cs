using MassTransit.Configuration;

namespace ComplianceHub.Shared.Messaging.Scheduling;

internal sealed class ModuleSchedulerSpecification : IPipeSpecification<ConsumeContext>
{
    public void Apply(IPipeBuilder<ConsumeContext> builder) => builder.AddFilter(new ModuleSchedulerFilter());

    public IEnumerable<ValidationResult> Validate() => [];
}
