using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.Erasure;

/// <summary>
/// Art. 17 reaches ComplianceHub itself: in the caller's unit of work the subject key is destroyed (every ciphertext
/// under it, wherever a copy lies, becomes unreadable), the subject fields are cleared, and the outbox and inbox rows
/// of the messages that told the systems (the only messages that carried the subject) are deleted. Then
/// <see cref="DataSubjectErased"/> names those messages so that copies elsewhere (the dead-letter store) go too. The
/// timeline and the audit trail keep ids and dates: what was done stays provable (Art. 5(2)), the data does not.
/// </summary>
internal sealed class OwnStoresErasure(DataSubjectRequestsDbContext db)
{
    public async Task EraseAsync(DataSubjectRequest request, DateTimeOffset now, string actor, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        var messageIds = request.Tasks.Select(t => t.MessageId).ToList();
        var key = await db.SubjectKeys.SingleOrDefaultAsync(k => k.RequestId == request.Id, cancellationToken);
        if (key is not null)
        {
            db.SubjectKeys.Remove(key);
        }

        request.SubjectName = null;
        request.SubjectEmail = null;
        request.SubjectIdentifier = null;
        request.Description = null;
        request.SubjectErasedAt = now;
        foreach (var task in request.Tasks)
        {
            task.Evidence = null;
        }

        db.Set<OutboxMessage>().RemoveRange(await db.Set<OutboxMessage>().Where(m => messageIds.Contains(m.MessageId)).ToListAsync(cancellationToken));
        db.Set<InboxState>().RemoveRange(await db.Set<InboxState>().Where(m => messageIds.Contains(m.MessageId)).ToListAsync(cancellationToken));
        RequestLookup.Timeline(db, request.Id, now, TimelineKinds.SubjectErased, actor,
            $"Subject erased from ComplianceHub's stores (Art. 17): key destroyed, {messageIds.Count} fan-out message(s) removed.");
        await publish.Publish(
            new DataSubjectErased { RequestId = request.Id, OrganizationId = request.OrganizationId, MessageIds = messageIds, ErasedAt = now },
            cancellationToken);
    }
}
