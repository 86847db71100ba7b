using ComplianceHub.Security.Evaluation;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// Stores new events (a resubmitted (source, externalId) answers with the stored id) and, in the same transaction,
/// one evaluation request per source through the outbox, keyed by the source so its events stay in order.
/// </summary>
internal sealed class SecurityEventIntake(SecurityDbContext db, IModuleOutbox<SecurityDbContext> outbox, PrincipalPseudonyms pseudonyms, TimeProvider clock)
{
    public async Task<EventsAccepted> StoreAsync(Guid organizationId, IReadOnlyList<ValidEvent> events, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ids = new Guid[events.Count];
        var known = new Dictionary<(string Source, string ExternalId), Guid>();
        foreach (var source in events.GroupBy(e => e.Request.Source!.Trim(), StringComparer.Ordinal))
        {
            var externalIds = source.Select(e => e.Request.ExternalId!.Trim()).Distinct().ToList();
            var stored = await db.Events.AsNoTracking()
                .Where(e => e.OrganizationId == organizationId && e.Source == source.Key && externalIds.Contains(e.ExternalId))
                .Select(e => new { e.ExternalId, e.Id })
                .ToListAsync(cancellationToken);
            foreach (var row in stored)
            {
                known[(source.Key, row.ExternalId)] = row.Id;
            }
        }

        var fresh = new List<SecurityEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var key = (events[i].Request.Source!.Trim(), events[i].Request.ExternalId!.Trim());
            if (known.TryGetValue(key, out var id))
            {
                ids[i] = id;
                continue;
            }

            var entity = ToEntity(organizationId, events[i], now);
            known[key] = ids[i] = entity.Id;
            fresh.Add(entity);
        }

        db.Events.AddRange(fresh);
        foreach (var source in fresh.GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            var partition = EvaluateSecurityEvents.PartitionKey(organizationId, source.Key);
            await outbox.PublishEndpoint.Publish(
                new EvaluateSecurityEvents { OrganizationId = organizationId, Source = source.Key, EventIds = [.. source.Select(e => e.Id)] },
                context => context.Headers.Set(PartitionKeys.Header, partition),
                cancellationToken);
        }

        return new EventsAccepted(ids, fresh.Count, events.Count - fresh.Count);
    }

    private SecurityEvent ToEntity(Guid organizationId, ValidEvent valid, DateTimeOffset now)
    {
        var (request, type, d) = valid;
        var id = NewId.NextSequentialGuid();
        return new SecurityEvent
        {
            Id = id,
            OrganizationId = organizationId,
            Source = request.Source!.Trim(),
            ExternalId = request.ExternalId!.Trim(),
            Type = type,
            OccurredAt = request.OccurredAt!.Value.ToUniversalTime(),
            ReceivedAt = now,
            Country = request.Country,
            Principal = type == SecurityEventType.AccessControl ? pseudonyms.Of(organizationId, d.Principal!) : null,
            Resource = type == SecurityEventType.AccessControl ? d.Resource!.Trim() : null,
            Outcome = type == SecurityEventType.AccessControl ? Enum.Parse<AccessOutcome>(d.Outcome!, ignoreCase: true) : null,
            RecordsRead = type == SecurityEventType.AccessControl ? d.RecordsRead ?? 0 : null,
            System = type is SecurityEventType.EncryptionStatus or SecurityEventType.BackupVerification ? d.System!.Trim() : null,
            EncryptionStatus = type == SecurityEventType.EncryptionStatus ? Enum.Parse<EncryptionState>(d.Status!, ignoreCase: true) : null,
            Algorithm = type == SecurityEventType.EncryptionStatus ? d.Algorithm?.Trim() : null,
            KeyAgeDays = type == SecurityEventType.EncryptionStatus ? d.KeyAgeDays : null,
            PersonalData = type == SecurityEventType.EncryptionStatus ? d.PersonalData : null,
            RestoreSucceeded = type == SecurityEventType.BackupVerification ? d.RestoreSucceeded : null,
            TestedAt = type == SecurityEventType.BackupVerification ? d.TestedAt?.ToUniversalTime() : null,
            RpoMinutes = type == SecurityEventType.BackupVerification ? d.RpoMinutes : null,
            IssueId = type == SecurityEventType.VulnerabilityScan ? d.IssueId?.Trim() : null,
            Title = type == SecurityEventType.VulnerabilityScan ? d.Title!.Trim() : null,
            CvssScore = type == SecurityEventType.VulnerabilityScan ? d.CvssScore : null,
            Asset = type == SecurityEventType.VulnerabilityScan ? d.Asset!.Trim() : null,
        };
    }
}
