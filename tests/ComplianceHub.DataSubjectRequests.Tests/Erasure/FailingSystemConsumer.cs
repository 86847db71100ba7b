using ComplianceHub.Shared.Messaging.Failures;

namespace ComplianceHub.DataSubjectRequests.Tests.Erasure;

/// <summary>A fulfilment system on the same bus that cannot process its command: the command is dead-lettered, subject and all.</summary>
public sealed class FailingSystemConsumer : IConsumer<FulfilDataSubjectRequest>
{
    public Task Consume(ConsumeContext<FulfilDataSubjectRequest> context) =>
        throw new PermanentFailureException("The CRM rejects the command.");
}
