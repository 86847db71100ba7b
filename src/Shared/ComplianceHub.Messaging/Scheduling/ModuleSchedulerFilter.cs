using MassTransit.Context;
using MassTransit.Scheduling;

namespace ComplianceHub.Shared.Messaging.Scheduling;

/// <summary>Gives every consume context a message scheduler backed by the module's outbox (saga <c>Schedule()</c> needs it).</summary>
internal sealed class ModuleSchedulerFilter : IFilter<ConsumeContext>
{
    public Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        context.GetOrAddPayload<MessageSchedulerContext>(() => new ConsumeMessageSchedulerContext(context, Create));
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("moduleScheduler");

    private static IMessageScheduler Create(ConsumeContext context) =>
        context.TryGetPayload<ModuleUnitOfWork>(out var unitOfWork)
            ? new MessageScheduler(new ModuleScheduleMessageProvider(context, unitOfWork.Db), context.GetPayload<IBusTopology>())
            : throw new InvalidOperationException(
                "Scheduling is only available to consumers and sagas of a module (their timers live in the module's outbox).");
}
