using MassTransit;

namespace ComplianceHub.Breaches.Workflow;

/// <summary>
/// The saga state of one breach: what the workflow knows from the events so far, and its timers. Created with the
/// breach in the same transaction (state <c>Reported</c>), so an event about the breach always finds it.
/// </summary>
public sealed class BreachWorkflow : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>The breach id.</summary>
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public DateTimeOffset AwareAt { get; set; }

    public DateTimeOffset AuthorityDeadline { get; set; }

    public bool ReportedByProcessor { get; set; }

    public int ApproxSubjectsAffected { get; set; }

    public List<string> AffectedCountries { get; set; } = [];

    /// <summary>Set when <c>BreachReported</c> was consumed: the timers run from then on.</summary>
    public bool ClockStarted { get; set; }

    /// <summary><c>NoRisk</c>, <c>Risk</c>, <c>HighRisk</c>; null until assessed.</summary>
    public string? RiskLevel { get; set; }

    public DateTimeOffset? RiskAssessedAt { get; set; }

    /// <summary>Countries whose authority must receive an initial notification (Art. 56: the lead, or every concerned one).</summary>
    public List<string> RequiredAuthorities { get; set; } = [];

    /// <summary>Countries whose authority received an initial notification.</summary>
    public List<string> NotifiedAuthorities { get; set; } = [];

    /// <summary><c>SubjectsInformed</c> or <c>Exempted</c> once Art. 34 is settled.</summary>
    public string? SubjectOutcome { get; set; }

    public bool SubjectCommunicationRequested { get; set; }

    public bool ControllerNotified { get; set; }

    public bool Closed { get; set; }

    /// <summary>Reminders sent so far; the next one is <c>ReminderOffsets[RemindersSent]</c> unless that time has passed.</summary>
    public int RemindersSent { get; set; }

    public bool DeadlineMissed { get; set; }

    public Guid? ReminderTokenId { get; set; }

    public Guid? DeadlineTokenId { get; set; }

    public Guid? ControllerTokenId { get; set; }
}
