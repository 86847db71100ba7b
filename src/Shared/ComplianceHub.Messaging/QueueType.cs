namespace ComplianceHub.Shared.Messaging;

public enum QueueType
{
    /// <summary>Replicated, fsync before confirm, delivery limits: the default for messages with legal weight.</summary>
    Quorum = 1,

    /// <summary>Classic mirrored-less queues: faster, for throw-away environments.</summary>
    Classic = 2,
}
