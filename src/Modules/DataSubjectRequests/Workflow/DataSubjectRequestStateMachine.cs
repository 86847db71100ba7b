using ComplianceHub.DataSubjectRequests.Contracts;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>
/// The Art. 12(3) clock of one request. The API records what people did and publishes the event; this saga keeps the
/// deadline and its durable timers: reminders to the DPO before it (7 and 2 days by default), and
/// <see cref="DataSubjectRequestOverdue"/> when it passes unanswered. Whenever the deadline moves (a pause, an
/// extension) the timers are re-planned (the old ones cancelled); a response cancels them. A timer planned for an
/// older deadline is ignored, so a late delivery of a cancelled timer changes nothing.
/// </summary>
public sealed class DataSubjectRequestStateMachine : MassTransitStateMachine<DataSubjectRequestWorkflow>
{
    private readonly TimeProvider _clock;
    private readonly DataSubjectRequestsOptions _options;

    public DataSubjectRequestStateMachine(TimeProvider clock, DataSubjectRequestsOptions options)
    {
        _clock = clock;
        _options = options;
        InstanceState(w => w.CurrentState);
        Event(() => RequestWasReceived, e => e.CorrelateById(c => c.Message.RequestId));
        Event(() => DeadlineWasMoved, e => e.CorrelateById(c => c.Message.RequestId));
        Event(() => RequestWasResponded, e => e.CorrelateById(c => c.Message.RequestId));
        Schedule(() => Reminder, w => w.ReminderTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.RequestId));
        Schedule(() => Deadline, w => w.OverdueTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.RequestId));

        During(Open,
            Settle(When(RequestWasReceived).Then(c => c.Saga.ClockStarted = true)),
            Settle(When(DeadlineWasMoved)
                .If(c => c.Message.DueAt != c.Saga.DueAt || c.Message.ClockStopped != c.Saga.ClockStopped, b => b.Then(c =>
                {
                    var moved = c.Message.DueAt != c.Saga.DueAt;
                    c.Saga.DueAt = Instants.Normalize(c.Message.DueAt);
                    c.Saga.ClockStopped = c.Message.ClockStopped;
                    // Reminders count for one deadline: a later deadline earns them again (those whose time passed are skipped).
                    c.Saga.RemindersSent = moved ? 0 : c.Saga.RemindersSent;
                    c.Saga.Overdue = c.Saga.Overdue && c.Saga.DueAt <= Now;
                }))),
            Settle(When(Reminder.Received)
                // MassTransit clears the token of a received timer only after this handler: clear it so the next one is planned.
                .Then(c => c.Saga.ReminderTokenId = null)
                .If(c => ReminderPlan.ClockRuns(c.Saga) && c.Message.DueAt == c.Saga.DueAt && c.Message.Reminder > c.Saga.RemindersSent, b => b
                    .Then(c =>
                    {
                        c.Saga.RemindersSent = c.Message.Reminder;
                        WorkflowTimeline.Add(c, Now, TimelineKinds.ReminderSent,
                            $"Reminder {c.Message.Reminder}: due {c.Saga.DueAt:O}, {(c.Saga.DueAt - Now).TotalHours:0.#} h left.");
                    })
                    .Publish(c => new DataSubjectRequestDeadlineApproaching
                    {
                        RequestId = c.Saga.CorrelationId,
                        OrganizationId = c.Saga.OrganizationId,
                        RequestType = c.Saga.RequestType,
                        DueAt = c.Saga.DueAt,
                        Reminder = c.Message.Reminder,
                        Remaining = c.Saga.DueAt - Now,
                    }))),
            Settle(When(Deadline.Received)
                .Then(c => c.Saga.OverdueTokenId = null)
                .If(c => ReminderPlan.ClockRuns(c.Saga) && c.Message.DueAt == c.Saga.DueAt && !c.Saga.Overdue, b => b
                    .Then(c =>
                    {
                        c.Saga.Overdue = true;
                        WorkflowTimeline.Add(c, Now, TimelineKinds.Overdue, $"Not answered by the deadline {c.Saga.DueAt:O} (Art. 12(3)).");
                    })
                    .Publish(c => new DataSubjectRequestOverdue
                    {
                        RequestId = c.Saga.CorrelationId,
                        OrganizationId = c.Saga.OrganizationId,
                        RequestType = c.Saga.RequestType,
                        DueAt = c.Saga.DueAt,
                    }))),
            When(RequestWasResponded)
                .Then(c => c.Saga.Responded = true)
                .Unschedule(Reminder)
                .Unschedule(Deadline)
                .TransitionTo(Closed));

        During(Closed,
            Ignore(RequestWasReceived), Ignore(DeadlineWasMoved), Ignore(RequestWasResponded),
            Ignore(Reminder.Received), Ignore(Deadline.Received));
    }

    public State Open { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<DataSubjectRequestReceived> RequestWasReceived { get; private set; } = null!;

    public Event<RequestDeadlineMoved> DeadlineWasMoved { get; private set; } = null!;

    public Event<DataSubjectRequestResponded> RequestWasResponded { get; private set; } = null!;

    public Schedule<DataSubjectRequestWorkflow, RequestReminderTimer> Reminder { get; private set; } = null!;

    public Schedule<DataSubjectRequestWorkflow, RequestOverdueTimer> Deadline { get; private set; } = null!;

    private DateTimeOffset Now => Instants.Normalize(_clock.GetUtcNow());

    /// <summary>The end of every event: the timers the state needs now (an earlier timer of the same kind is replaced).</summary>
    private EventActivityBinder<DataSubjectRequestWorkflow, T> Settle<T>(EventActivityBinder<DataSubjectRequestWorkflow, T> binder)
        where T : class =>
        binder
            .Then(c => c.GetOrAddPayload(() => new NextReminder(ReminderPlan.Next(c.Saga, _options.Reminders, Now))))
            .If(c => ReminderPlan.ClockRuns(c.Saga) && c.GetPayload<NextReminder>().Value is not null,
                b => b.Schedule(
                    Reminder,
                    c => new RequestReminderTimer(c.Saga.CorrelationId, c.GetPayload<NextReminder>().Value!.Value.Number, c.Saga.DueAt),
                    c => c.GetPayload<NextReminder>().Value!.Value.At.UtcDateTime))
            .If(c => !ReminderPlan.ClockRuns(c.Saga) || c.GetPayload<NextReminder>().Value is null, b => b.Unschedule(Reminder))
            .If(c => ReminderPlan.ClockRuns(c.Saga) && !c.Saga.Overdue,
                b => b.Schedule(Deadline, c => new RequestOverdueTimer(c.Saga.CorrelationId, c.Saga.DueAt), c => c.Saga.DueAt.UtcDateTime))
            .If(c => !ReminderPlan.ClockRuns(c.Saga) || c.Saga.Overdue, b => b.Unschedule(Deadline));

    private sealed record NextReminder((int Number, DateTimeOffset At)? Value);
}
