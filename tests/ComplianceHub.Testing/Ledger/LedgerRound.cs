using MassTransit;

namespace ComplianceHub.Testing.Ledger;

/// <summary>Saga state of the ledger's test workflow: counts what happened to it.</summary>
public sealed class LedgerRound : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = "";

    public int Advances { get; set; }

    public int Reminders { get; set; }

    public Guid? ReminderTokenId { get; set; }
}
