using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.Shared.DeadLetters;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.DataSubjectRequests.Erasure;

/// <summary>
/// The erasure reaches the dead-letter store: dead letters of the fan-out messages are deleted, audited (Art. 17), in
/// this message's inbox transaction (<paramref name="db"/> is the context the inbox runs on).
/// </summary>
public sealed class DataSubjectErasedConsumer(IDeadLetterErasure deadLetters, DataSubjectRequestsDbContext db, ILogger<DataSubjectErasedConsumer> logger)
    : IConsumer<DataSubjectErased>
{
    public async Task Consume(ConsumeContext<DataSubjectErased> context)
    {
        var erased = context.Message;
        var deleted = await deadLetters.EraseAsync(erased.MessageIds, $"Art. 17 erasure of request {erased.RequestId}", erased.OrganizationId, db, context.CancellationToken);
        logger.LogInformation("Erasure of request {RequestId}: {Deleted} dead letter(s) deleted", erased.RequestId, deleted);
    }
}
