namespace ComplianceHub.Shared.Messaging.Scheduling;

/// <summary>Payload on a consume context: the module DbContext whose transaction the message is handled in.</summary>
internal sealed record ModuleUnitOfWork(ModuleDbContext Db);
