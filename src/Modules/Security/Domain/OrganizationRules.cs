using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.Domain;

/// <summary>An organisation's own thresholds (absent: the configured defaults).</summary>
internal sealed class OrganizationRules
{
    public required Guid OrganizationId { get; init; }

    public required RuleThresholds Thresholds { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
