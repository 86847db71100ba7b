namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>One failed attempt of a message: when, what failed, and how long the next attempt waited (none after the last).</summary>
public sealed record RetryAttempt(int Attempt, DateTimeOffset FailedAt, FailureKind Kind, string ErrorType, string Error, TimeSpan? Delay);
