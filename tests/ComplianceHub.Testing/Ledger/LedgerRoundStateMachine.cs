using MassTransit;

namespace ComplianceHub.Testing.Ledger;

/// <summary>Open → (advance…) → reminder after a delay unless closed first: a saga with a durable, cancellable timer.</summary>
public sealed class LedgerRoundStateMachine : MassTransitStateMachine<LedgerRound>
{
    public LedgerRoundStateMachine()
    {
        InstanceState(s => s.CurrentState);
        Event(() => Opened, e => e.CorrelateById(c => c.Message.RoundId));
        Event(() => Advanced, e => e.CorrelateById(c => c.Message.RoundId));
        Event(() => Closed, e => e.CorrelateById(c => c.Message.RoundId));
        Schedule(() => Reminder, s => s.ReminderTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.RoundId));

        Initially(When(Opened)
            .Schedule(Reminder, c => new RoundReminder(c.Saga.CorrelationId), c => TimeSpan.FromMilliseconds(c.Message.ReminderAfterMilliseconds))
            .TransitionTo(Open));
        During(Open,
            When(Advanced).Then(c => c.Saga.Advances++),
            When(Closed).Unschedule(Reminder).TransitionTo(Done),
            When(Reminder.Received).Then(c => c.Saga.Reminders++).TransitionTo(Reminded));
        During(Reminded, When(Advanced).Then(c => c.Saga.Advances++));
        During(Done, Ignore(Advanced));
    }

    public State Open { get; private set; } = null!;

    public State Reminded { get; private set; } = null!;

    public State Done { get; private set; } = null!;

    public Event<OpenRound> Opened { get; private set; } = null!;

    public Event<AdvanceRound> Advanced { get; private set; } = null!;

    public Event<CloseRound> Closed { get; private set; } = null!;

    public Schedule<LedgerRound, RoundReminder> Reminder { get; private set; } = null!;
}
