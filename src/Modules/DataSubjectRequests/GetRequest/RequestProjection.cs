using System.Security.Cryptography;
using ComplianceHub.DataSubjectRequests.Subjects;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>Builds the API view of a request: the subject decrypted with its key while that exists, "erased" after.</summary>
internal sealed class RequestProjection(DataSubjectRequestsDbContext db, SubjectVault vault, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<RequestView> ViewAsync(DataSubjectRequest r, bool withTimeline, CancellationToken cancellationToken)
    {
        var key = r.SubjectErasedAt is null ? await vault.KeyAsync(r.Id, cancellationToken) : null;
        SubjectData? subject = null;
        if (key is not null)
        {
            try
            {
                subject = SubjectReader.Read(key, r);
            }
            catch (CryptographicException)
            {
                subject = null; // altered or moved ciphertext: shown as unreadable, never as someone else's data
            }
        }

        var timeline = withTimeline
            ? await db.Timeline.AsNoTracking().Where(t => t.RequestId == r.Id).OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => new TimelineView(t.At, t.Kind, t.Actor, t.Detail)).ToListAsync(cancellationToken)
            : null;
        return new RequestView
        {
            Id = r.Id,
            OrganizationId = r.OrganizationId,
            Type = r.Type.ToString(),
            Status = r.Status.ToString(),
            Channel = r.Channel,
            Country = r.Country,
            TimeZone = r.TimeZone,
            ReceivedAt = r.ReceivedAt,
            DueAt = r.DueAt,
            Overdue = r.RespondedAt is { } responded ? responded > r.DueAt : !RequestClock.Stopped(r) && clock.GetUtcNow() > r.DueAt,
            ClockStopped = RequestClock.Stopped(r),
            Subject = subject is null ? null : new SubjectView(subject.Name, subject.Email, subject.Identifier),
            Description = subject?.Description,
            SubjectErased = r.SubjectErasedAt is not null,
            IdentityOutcome = r.IdentityOutcome?.ToString(),
            IdentityMethod = r.IdentityMethod,
            Extension = r.ExtendedAt is { } extendedAt
                ? new ExtensionView(r.ExtensionMonths, protector.UnprotectOptional(r.ExtensionReason, r.Id, nameof(DataSubjectRequest.ExtensionReason)), extendedAt, r.ExtensionNoticeSentAt)
                : null,
            Pauses = [.. r.Pauses.OrderBy(p => p.StartedAt).Select(p => new PauseView(p.StartedAt, p.EndedAt))],
            Tasks = [.. r.Tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.SystemName).Select(t => new TaskView(
                t.Id, t.SystemId, t.SystemName, t.Delivery.ToString(), t.Status.ToString(), t.SentAt, t.CompletedAt, t.Outcome,
                key is null ? null : Evidence(key, r, t)))],
            RespondedAt = r.RespondedAt,
            Outcome = r.Outcome?.ToString(),
            RefusalReason = protector.UnprotectOptional(r.RefusalReason, r.Id, nameof(DataSubjectRequest.RefusalReason)),
            Timeline = timeline,
        };
    }

    private static string? Evidence(byte[] key, DataSubjectRequest r, FulfilmentTask t)
    {
        try
        {
            return SubjectVault.Unprotect(key, t.Evidence, r.Id, $"{nameof(FulfilmentTask.Evidence)}/{t.Id:N}");
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
