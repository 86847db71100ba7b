using ComplianceHub.Notifications.Delivery;

namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>Evidence of one try to email one report to one recipient (Art. 5(2)): kept, and in the audit trail.</summary>
internal sealed class ReportDeliveryAttempt
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public Guid OrganizationId { get; init; }

    /// <summary>The recipient's position in the schedule's list: what logs and the trail name instead of the address.</summary>
    public int RecipientIndex { get; init; }

    /// <summary>The email address, encrypted at rest.</summary>
    public required string Address { get; init; }

    public DateTimeOffset At { get; init; }

    public int Attempt { get; init; }

    public DeliveryOutcome Outcome { get; init; }

    /// <summary>The SMTP Message-Id (the same for every attempt to one recipient, so receivers drop repeats).</summary>
    public string? ProviderMessageId { get; init; }

    /// <summary>Why it failed, without personal data.</summary>
    public string? Error { get; init; }
}
