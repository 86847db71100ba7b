using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.DataSubjectRequests.Subjects;
using ComplianceHub.DataSubjectRequests.Workflow;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

internal static class ReceiveRequestEndpoint
{
    public static void MapReceiveRequest(this IEndpointRouteBuilder api) =>
        api.MapPost("/data-subject-requests", HandleAsync)
            .WithIdempotency<DataSubjectRequestsDbContext>()
            .AsRequestCommand(
                "ReceiveDataSubjectRequest",
                "Record a rights request (Art. 15–22); starts the Art. 12(3) one-month clock.",
                ReceiveRequestExamples.Receive,
                ReceiveRequestExamples.Accepted,
                RequestRoles.HandlersAndSystems);

    private static async Task<Results<Accepted<RequestAccepted>, ValidationProblem>> HandleAsync(
        ReceiveRequestRequest request,
        ClaimsPrincipal user,
        OrganizationScope organizations,
        DataSubjectRequestsDbContext db,
        SubjectVault vault,
        IModuleOutbox<DataSubjectRequestsDbContext> outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = Instants.Normalize(clock.GetUtcNow());
        var (errors, type) = ReceiveRequestValidator.Validate(request, now);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null || type is null)
        {
            return errors.ToProblem();
        }

        var zoneId = await OrganizationTimeZones.ForOrganizationAsync(organizations, organization.Value, cancellationToken);
        var zone = OrganizationTimeZones.Find(zoneId) ?? TimeZoneInfo.Utc;
        var id = NewId.NextGuid();
        var receivedAt = Instants.Normalize(request.ReceivedAt!.Value);
        var key = vault.CreateKey(id, now);
        var subject = request.Subject!;
        var entity = new DataSubjectRequest
        {
            Id = id,
            OrganizationId = organization.Value,
            Type = type.Value,
            Channel = request.Channel!.Trim(),
            Country = request.Country!.ToUpperInvariant(),
            TimeZone = zone.Id,
            ReceivedAt = receivedAt,
            RecordedAt = now,
            DueAt = Instants.Normalize(RequestDeadlines.DueAt(receivedAt, zone, 0, TimeSpan.Zero)),
            Status = RequestStatus.Received,
            SubjectName = SubjectVault.Protect(key, Blank(subject.Name), id, nameof(DataSubjectRequest.SubjectName)),
            SubjectEmail = SubjectVault.Protect(key, Blank(subject.Email), id, nameof(DataSubjectRequest.SubjectEmail)),
            SubjectIdentifier = SubjectVault.Protect(key, Blank(subject.Identifier), id, nameof(DataSubjectRequest.SubjectIdentifier)),
            Description = SubjectVault.Protect(key, Blank(request.Description), id, nameof(DataSubjectRequest.Description)),
            Revision = 1,
        };
        db.Requests.Add(entity);
        db.Workflows.Add(new DataSubjectRequestWorkflow
        {
            CorrelationId = id,
            Version = 1,
            CurrentState = "Open",
            OrganizationId = entity.OrganizationId,
            RequestType = entity.Type.ToString(),
            DueAt = entity.DueAt,
        });
        RequestLookup.Timeline(db, id, now, TimelineKinds.Received, user.ActorId(),
            $"{entity.Type} request received {receivedAt:O} via {entity.Channel}; due {entity.DueAt:O} ({zone.Id}).");
        await outbox.PublishEndpoint.Publish(
            new DataSubjectRequestReceived
            {
                RequestId = id,
                OrganizationId = entity.OrganizationId,
                RequestType = entity.Type.ToString(),
                ReceivedAt = receivedAt,
                DueAt = entity.DueAt,
            },
            cancellationToken);
        // One transaction: the request, its key, its workflow and the event are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/data-subject-requests/{id}", new RequestAccepted(id, entity.DueAt));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
