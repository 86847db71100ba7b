using ComplianceHub.Shared.Messaging;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Operations alerts through the dead-letter store's outbox (never the database an alert is about).</summary>
internal sealed class DeadLetterAlertOutbox(IServiceScopeFactory scopes) : IOperationsAlertOutbox
{
    public async Task PublishAsync<T>(T alert)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        await using var transaction = await store.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IModuleOutbox<DeadLetterDbContext>>().PublishEndpoint.Publish(alert);
        await store.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
