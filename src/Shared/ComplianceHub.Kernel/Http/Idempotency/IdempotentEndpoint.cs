namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// Endpoint metadata: the operation honours <c>Idempotency-Key</c> (the OpenAPI document shows the header).
/// <paramref name="ShownOnce"/> names the answer's top-level fields holding a secret that is shown once: they are
/// stored, and replayed, as null.
/// </summary>
public sealed record IdempotentEndpoint(IReadOnlyList<string> ShownOnce);
