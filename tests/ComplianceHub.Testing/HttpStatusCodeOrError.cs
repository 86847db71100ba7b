namespace ComplianceHub.Testing;

/// <summary>What a probe got back: a status code and body, or 0 and the connection error.</summary>
public readonly record struct HttpStatusCodeOrError(int StatusCode, string Body);
