using MassTransit;

namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>
/// The saga state of one request: its deadline and timers. Created with the request in the same transaction, so every
/// event about the request finds it. Holds ids and instants only, never the subject's data.
/// </summary>
public sealed class DataSubjectRequestWorkflow : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>The request id.</summary>
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string RequestType { get; set; } = "";

    public DateTimeOffset DueAt { get; set; }

    /// <summary>True while the clock stands still (identity information awaited): no timers run.</summary>
    public bool ClockStopped { get; set; }

    /// <summary>Set when <c>DataSubjectRequestReceived</c> was consumed: the timers run from then on.</summary>
    public bool ClockStarted { get; set; }

    public bool Responded { get; set; }

    public bool Overdue { get; set; }

    /// <summary>Reminders sent for the current deadline; the next is <c>ReminderOffsets[RemindersSent]</c>.</summary>
    public int RemindersSent { get; set; }

    public Guid? ReminderTokenId { get; set; }

    public Guid? OverdueTokenId { get; set; }
}
