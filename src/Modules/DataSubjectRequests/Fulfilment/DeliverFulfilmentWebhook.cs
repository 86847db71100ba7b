namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>Tell a webhook system of its task: ids only; the consumer reads the subject from the request when it sends.</summary>
public sealed record DeliverFulfilmentWebhook
{
    public required Guid RequestId { get; init; }

    public required Guid TaskId { get; init; }
}
