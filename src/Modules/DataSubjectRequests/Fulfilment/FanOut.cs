using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.DataSubjectRequests.FulfilmentSystems;
using ComplianceHub.DataSubjectRequests.Subjects;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>
/// One fulfilment task per registered system that handles the request's type, in the caller's unit of work: a bus
/// system gets <see cref="FulfilDataSubjectRequest"/> on its queue, a webhook system a signed POST (sent, with retries,
/// by <see cref="DeliverFulfilmentWebhookConsumer"/>). Each task keeps the id of the message that told the system,
/// so an erasure can find and remove every copy of it.
/// </summary>
internal sealed class FanOut(DataSubjectRequestsDbContext db, SubjectVault vault, TaskCompletionToken tokens)
{
    public async Task<int> StartAsync(
        DataSubjectRequest request, DateTimeOffset now, IPublishEndpoint publish, ISendEndpointProvider send, CancellationToken cancellationToken)
    {
        var type = request.Type.ToString();
        var systems = await db.Systems.AsNoTracking()
            .Where(s => s.OrganizationId == request.OrganizationId && s.RequestTypes.Contains(type))
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        if (systems.Count == 0)
        {
            return 0;
        }

        var subject = await SubjectAsync(request, cancellationToken);
        foreach (var system in systems)
        {
            var task = new FulfilmentTask
            {
                Id = NewId.NextGuid(),
                RequestId = request.Id,
                SystemId = system.Id,
                SystemName = system.Name,
                Delivery = system.Delivery,
                MessageId = NewId.NextGuid(),
                Status = FulfilmentTaskStatus.Pending,
                CreatedAt = now,
            };
            request.Tasks.Add(task);
            if (system.Delivery == DeliveryKind.Bus)
            {
                var endpoint = await send.GetSendEndpoint(new Uri($"queue:{FulfilmentQueue.Of(system)}"));
                await endpoint.Send(
                    new FulfilDataSubjectRequest
                    {
                        RequestId = request.Id,
                        TaskId = task.Id,
                        OrganizationId = request.OrganizationId,
                        RequestType = type,
                        DueAt = request.DueAt,
                        SubjectName = subject?.Name,
                        SubjectEmail = subject?.Email,
                        SubjectIdentifier = subject?.Identifier,
                        CompletionToken = tokens.Issue(request.Id, task.Id, system.Id),
                    },
                    c => c.MessageId = task.MessageId,
                    cancellationToken);
                // The outbox delivers it once this unit of work commits: the system is as good as told.
                task.Status = FulfilmentTaskStatus.Sent;
                task.SentAt = now;
            }
            else
            {
                await publish.Publish(new DeliverFulfilmentWebhook { RequestId = request.Id, TaskId = task.Id }, c => c.MessageId = task.MessageId, cancellationToken);
            }
        }

        return systems.Count;
    }

    private async Task<SubjectData?> SubjectAsync(DataSubjectRequest request, CancellationToken cancellationToken) =>
        await vault.KeyAsync(request.Id, cancellationToken) is { } key ? SubjectReader.Read(key, request) : null;
}
