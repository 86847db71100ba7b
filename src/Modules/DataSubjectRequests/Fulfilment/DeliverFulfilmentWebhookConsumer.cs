using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ComplianceHub.DataSubjectRequests.Subjects;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Failures;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>
/// Tells a webhook system of its task: a Standard-Webhooks-signed POST built when it is sent (the message itself
/// carries ids only). A failed POST throws, so the host's retry policy tries again and, out of retries, the message is
/// dead-lettered for an operator: the system is told durably, never fire-and-forget. The webhook id is the task id,
/// the same on every attempt, so the receiver can de-duplicate. Logs carry ids and the host, never the payload.
/// </summary>
public sealed class DeliverFulfilmentWebhookConsumer(
    DataSubjectRequestsDbContext db,
    SubjectVault vault,
    PersonalDataProtector protector,
    TaskCompletionToken tokens,
    IHttpClientFactory clients,
    TimeProvider clock,
    ILogger<DeliverFulfilmentWebhookConsumer> logger) : IConsumer<DeliverFulfilmentWebhook>
{
    public const string ClientName = "dsr-webhooks";
    public const string EventType = "data_subject_request.task";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<DeliverFulfilmentWebhook> context)
    {
        var cancellationToken = context.CancellationToken;
        var request = await db.Requests.Include(r => r.Tasks).SingleOrDefaultAsync(r => r.Id == context.Message.RequestId, cancellationToken);
        var task = request?.Tasks.SingleOrDefault(t => t.Id == context.Message.TaskId);
        if (request is null || task is null || task.Status != FulfilmentTaskStatus.Pending || request.Status == RequestStatus.Responded)
        {
            return; // settled, answered or deleted: nothing to tell
        }

        var system = await db.Systems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == task.SystemId, cancellationToken);
        var key = await vault.KeyAsync(request.Id, cancellationToken);
        if (system?.Secret is null || system.Delivery != DeliveryKind.Webhook || key is null)
        {
            logger.LogWarning("Task {TaskId} of request {RequestId}: its webhook system or subject key is gone; not sent", task.Id, request.Id);
            return;
        }

        var subject = SubjectReader.Read(key, request);
        var body = JsonSerializer.Serialize(
            new
            {
                type = EventType,
                requestId = request.Id,
                taskId = task.Id,
                organizationId = request.OrganizationId,
                requestType = request.Type.ToString(),
                receivedAt = request.ReceivedAt,
                dueAt = request.DueAt,
                subject = new { name = subject.Name, email = subject.Email, identifier = subject.Identifier },
                completeUrl = $"/api/v1/data-subject-requests/{request.Id}/tasks/{task.Id}/complete",
                completionToken = tokens.Issue(request.Id, task.Id, system.Id),
            },
            Json);
        var secret = protector.Unprotect(system.Secret, system.Id, nameof(FulfilmentSystem.Secret));
        var url = new Uri(system.Address);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var id = task.Id.ToString();
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(StandardWebhookSignature.IdHeader, id);
        message.Headers.Add(StandardWebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add(StandardWebhookSignature.SignatureHeader, StandardWebhookSignature.Sign(secret, id, timestamp, body));
        using var response = await SendAsync(message, task.Id, url, cancellationToken);
        logger.LogInformation("Fulfilment webhook for task {TaskId} to {Host}: {Status}", task.Id, url.Host, (int)response.StatusCode);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Fulfilment webhook answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var now = Instants.Normalize(clock.GetUtcNow());
        task.Status = FulfilmentTaskStatus.Sent;
        task.SentAt = now;
        RequestLookup.Timeline(db, request.Id, now, TimelineKinds.TaskSent, "system", $"Task {task.Id} sent to {system.Name} by webhook.");
        request.Revision++;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The failure the retry policy and the dead letter see carries a generic reason, never the handler's message (it
    /// names the address and port). A destination the SSRF guard refused is dead-lettered at once: retrying would only
    /// probe it again.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, Guid taskId, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.CreateClient(ClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (OutboundFailure.IsRefused(ex))
        {
            logger.LogWarning("Fulfilment webhook for task {TaskId} to {Host} refused by the outbound guard", taskId, url.Host);
            throw new PermanentFailureException($"Fulfilment webhook {OutboundRequestRefusedException.Reason}.");
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            throw new HttpRequestException(ex.HttpRequestError, $"Fulfilment webhook failed: {OutboundFailure.Describe(ex)}.");
        }
    }
}
