namespace ComplianceHub.Shared.DeadLetters;

/// <summary>What is encrypted in an entry: the message as received, and the error texts (they may quote personal data).</summary>
public sealed record DeadLetterPayload(string? ContentType, string Body, Dictionary<string, string?> Headers, List<string> Errors);
