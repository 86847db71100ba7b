using ComplianceHub.Breaches.Contracts;
using MassTransit;

namespace ComplianceHub.Breaches.Workflow;

/// <summary>
/// The breach workflow (Art. 33, 34). The API records what people did (assessment, notifications, communication,
/// closure) and publishes the event; this saga reacts: it keeps the state, runs the Art. 33 clock (reminders, the
/// 72-hour deadline, the processor's Art. 33(2) timer), cancels the timers as soon as the authorities are notified,
/// and asks for the Art. 34 communication of a high-risk breach. Its state is a function of what it knows
/// (<see cref="WorkflowRules.StatusOf"/>), so events that arrive in either order lead to the same result.
/// Timers are absolute instants (awareness + elapsed time): a DST change or a host restart does not move them.
/// </summary>
public sealed class BreachWorkflowStateMachine : MassTransitStateMachine<BreachWorkflow>
{
    private readonly TimeProvider _clock;
    private readonly BreachesOptions _options;

    public BreachWorkflowStateMachine(TimeProvider clock, BreachesOptions options)
    {
        _clock = clock;
        _options = options;
        InstanceState(w => w.CurrentState);
        Event(() => BreachWasReported, e => e.CorrelateById(c => c.Message.BreachId));
        Event(() => RiskWasAssessed, e => e.CorrelateById(c => c.Message.BreachId));
        Event(() => AuthorityWasNotified, e => e.CorrelateById(c => c.Message.BreachId));
        Event(() => SubjectsWereInformed, e => e.CorrelateById(c => c.Message.BreachId));
        Event(() => ControllerWasNotified, e => e.CorrelateById(c => c.Message.BreachId));
        Event(() => BreachWasClosed, e => e.CorrelateById(c => c.Message.BreachId));
        Schedule(() => Reminder, w => w.ReminderTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.BreachId));
        Schedule(() => Deadline, w => w.DeadlineTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.BreachId));
        Schedule(() => ControllerDeadline, w => w.ControllerTokenId, s => s.Received = e => e.CorrelateById(c => c.Message.BreachId));

        State[] open = [Reported, UnderAssessment, NoRisk, AwaitingAuthorityNotification, AuthorityNotified,
            AwaitingSubjectCommunication, SubjectsInformed, Exempted];
        During(open,
            Settle(When(BreachWasReported)
                .Then(c =>
                {
                    c.Saga.ClockStarted = true;
                    WorkflowTimeline.Add(c, Now, TimelineKinds.ClockStarted, $"Art. 33 clock running; deadline {c.Saga.AuthorityDeadline:O}.");
                })
                .If(c => c.Saga.ReportedByProcessor && !c.Saga.ControllerNotified, b => b.Schedule(
                    ControllerDeadline,
                    c => new ControllerNotificationTimer(c.Saga.CorrelationId),
                    c => (c.Saga.AwareAt + _options.ControllerNotificationWithin).UtcDateTime))),
            Settle(When(RiskWasAssessed)
                .If(c => c.Saga.RiskAssessedAt is null || c.Message.AssessedAt >= c.Saga.RiskAssessedAt, b => b.Then(c =>
                {
                    c.Saga.RiskLevel = c.Message.RiskLevel;
                    c.Saga.RiskAssessedAt = c.Message.AssessedAt;
                }))),
            Settle(When(AuthorityWasNotified)
                .If(c => c.Message.Phase == nameof(NotificationPhase.Initial) && !c.Saga.NotifiedAuthorities.Contains(c.Message.AuthorityCountry),
                    b => b.Then(c => c.Saga.NotifiedAuthorities.Add(c.Message.AuthorityCountry)))),
            Settle(When(SubjectsWereInformed)
                .Then(c => c.Saga.SubjectOutcome = c.Message.Exemption is null ? nameof(BreachStatus.SubjectsInformed) : nameof(BreachStatus.Exempted))),
            Settle(When(ControllerWasNotified).Then(c => c.Saga.ControllerNotified = true)),
            Settle(When(BreachWasClosed).Then(c => c.Saga.Closed = true)),
            Settle(When(Reminder.Received)
                // MassTransit clears the token of a received timer only after this handler, so Settle would see the
                // spent timer as pending and never schedule the next reminder.
                .Then(c => c.Saga.ReminderTokenId = null)
                .If(c => WorkflowRules.ClockRuns(c.Saga), b => b
                    .Then(c =>
                    {
                        c.Saga.RemindersSent = c.Message.Reminder;
                        WorkflowTimeline.Add(c, Now, TimelineKinds.ReminderSent,
                            $"Reminder {c.Message.Reminder}: {Remaining(c.Saga).TotalHours:0.#} h left; outstanding: {string.Join(", ", WorkflowRules.OutstandingAuthorities(c.Saga))}.");
                    })
                    .Publish(c => new AuthorityNotificationDue
                    {
                        BreachId = c.Saga.CorrelationId,
                        OrganizationId = c.Saga.OrganizationId,
                        AuthorityDeadline = c.Saga.AuthorityDeadline,
                        Remaining = Remaining(c.Saga),
                        Reminder = c.Message.Reminder,
                        OutstandingAuthorities = WorkflowRules.OutstandingAuthorities(c.Saga),
                    }))),
            Settle(When(Deadline.Received)
                .If(c => WorkflowRules.ClockRuns(c.Saga), b => b
                    .Then(c =>
                    {
                        c.Saga.DeadlineMissed = true;
                        WorkflowTimeline.Add(c, Now, TimelineKinds.DeadlineMissed,
                            $"72 hours elapsed; not notified: {string.Join(", ", WorkflowRules.OutstandingAuthorities(c.Saga))}.");
                    })
                    .Publish(c => new AuthorityNotificationDeadlineMissed
                    {
                        BreachId = c.Saga.CorrelationId,
                        OrganizationId = c.Saga.OrganizationId,
                        AuthorityDeadline = c.Saga.AuthorityDeadline,
                        OutstandingAuthorities = WorkflowRules.OutstandingAuthorities(c.Saga),
                    }))),
            Settle(When(ControllerDeadline.Received)
                .If(c => !c.Saga.ControllerNotified, b => b
                    .Then(c => WorkflowTimeline.Add(c, Now, TimelineKinds.ControllerNotificationDue, "The controller has not been told of the breach (Art. 33(2)."))
                    .Publish(c => new ControllerNotificationDue
                    {
                        BreachId = c.Saga.CorrelationId,
                        OrganizationId = c.Saga.OrganizationId,
                        AwareAt = c.Saga.AwareAt,
                    }))));

        During(Closed,
            Ignore(BreachWasReported), Ignore(RiskWasAssessed), Ignore(AuthorityWasNotified), Ignore(SubjectsWereInformed),
            Ignore(ControllerWasNotified), Ignore(BreachWasClosed), Ignore(Reminder.Received), Ignore(Deadline.Received),
            Ignore(ControllerDeadline.Received));
    }

    public State Reported { get; private set; } = null!;

    public State UnderAssessment { get; private set; } = null!;

    public State NoRisk { get; private set; } = null!;

    public State AwaitingAuthorityNotification { get; private set; } = null!;

    public State AuthorityNotified { get; private set; } = null!;

    public State AwaitingSubjectCommunication { get; private set; } = null!;

    public State SubjectsInformed { get; private set; } = null!;

    public State Exempted { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<BreachReported> BreachWasReported { get; private set; } = null!;

    public Event<BreachRiskAssessed> RiskWasAssessed { get; private set; } = null!;

    public Event<AuthorityNotified> AuthorityWasNotified { get; private set; } = null!;

    public Event<DataSubjectsInformed> SubjectsWereInformed { get; private set; } = null!;

    public Event<ControllerNotified> ControllerWasNotified { get; private set; } = null!;

    public Event<BreachClosed> BreachWasClosed { get; private set; } = null!;

    public Schedule<BreachWorkflow, AuthorityReminderTimer> Reminder { get; private set; } = null!;

    public Schedule<BreachWorkflow, AuthorityDeadlineTimer> Deadline { get; private set; } = null!;

    public Schedule<BreachWorkflow, ControllerNotificationTimer> ControllerDeadline { get; private set; } = null!;

    private DateTimeOffset Now => Instants.Normalize(_clock.GetUtcNow());

    private TimeSpan Remaining(BreachWorkflow w) => w.AuthorityDeadline - Now;

    /// <summary>The end of every event: timers to what the state needs, Art. 34 asked for once, the state recomputed.</summary>
    private EventActivityBinder<BreachWorkflow, T> Settle<T>(EventActivityBinder<BreachWorkflow, T> binder)
        where T : class =>
        binder
            .Then(c => c.GetOrAddPayload(() => new NextReminder(WorkflowRules.NextReminder(c.Saga, _options.Reminders, Now))))
            .If(c => WorkflowRules.ClockRuns(c.Saga) && c.Saga.ReminderTokenId is null && c.GetPayload<NextReminder>().Value is not null,
                b => b.Schedule(
                    Reminder,
                    c => new AuthorityReminderTimer(c.Saga.CorrelationId, c.GetPayload<NextReminder>().Value!.Number),
                    c => c.GetPayload<NextReminder>().Value!.At.UtcDateTime))
            .If(c => WorkflowRules.ClockRuns(c.Saga) && c.Saga.DeadlineTokenId is null && !c.Saga.DeadlineMissed,
                b => b.Schedule(Deadline, c => new AuthorityDeadlineTimer(c.Saga.CorrelationId), c => c.Saga.AuthorityDeadline.UtcDateTime))
            .If(c => !WorkflowRules.ClockRuns(c.Saga), b => b.Unschedule(Reminder).Unschedule(Deadline))
            .If(c => c.Saga.Closed || c.Saga.ControllerNotified, b => b.Unschedule(ControllerDeadline))
            .If(c => WorkflowRules.SubjectCommunicationOwed(c.Saga) && !c.Saga.SubjectCommunicationRequested, b => b
                .Then(c =>
                {
                    c.Saga.SubjectCommunicationRequested = true;
                    WorkflowTimeline.Add(c, Now, TimelineKinds.SubjectCommunicationRequired, "High risk: tell the people affected without undue delay (Art. 34(1)).");
                })
                .Publish(c => new DataSubjectCommunicationRequired
                {
                    BreachId = c.Saga.CorrelationId,
                    OrganizationId = c.Saga.OrganizationId,
                    ApproxSubjectsAffected = c.Saga.ApproxSubjectsAffected,
                    AffectedCountries = c.Saga.AffectedCountries,
                }))
            .ThenAsync(async c =>
            {
                var target = StateOf(WorkflowRules.StatusOf(c.Saga));
                if (c.Saga.CurrentState != target.Name)
                {
                    WorkflowTimeline.Add(c, Now, TimelineKinds.StatusChanged, $"{c.Saga.CurrentState} -> {target.Name}");
                    await c.TransitionToState(target);
                }
            });

    private State StateOf(BreachStatus status) => GetState(status.ToString());

    private sealed record NextReminder(ReminderPlan? Value);
}
