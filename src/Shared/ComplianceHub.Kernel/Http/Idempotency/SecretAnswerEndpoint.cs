namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>Endpoint metadata: the answer carries a secret shown once, so <c>Idempotency-Key</c> is refused rather than ignored.</summary>
internal sealed record SecretAnswerEndpoint;
