namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>How a fulfilment system is told of a request: a command on the bus, or a signed webhook.</summary>
public enum DeliveryKind
{
    Bus = 1,
    Webhook = 2,
}
