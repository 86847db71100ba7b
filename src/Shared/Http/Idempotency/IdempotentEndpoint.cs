namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>Endpoint metadata: the operation honours <c>Idempotency-Key</c> (the OpenAPI document shows the header).</summary>
internal sealed record IdempotentEndpoint;
