namespace ComplianceHub.Security.Ingestion;

/// <summary>An event that passed validation, with its parsed type.</summary>
internal sealed record ValidEvent(SecurityEventRequest Request, SecurityEventType Type, SecurityEventDetails Details);
