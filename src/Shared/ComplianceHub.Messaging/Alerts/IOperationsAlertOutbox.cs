namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// Publishes an operations alert through an outbox that is not the one the alert is about (the DeadLetters module
/// uses the dead-letter store's): an alert about a stalled audit journal still goes out.
/// </summary>
public interface IOperationsAlertOutbox
{
    Task PublishAsync<T>(T alert)
        where T : class;
}
