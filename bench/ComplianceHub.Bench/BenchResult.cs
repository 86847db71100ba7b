namespace ComplianceHub.Bench;

public sealed record BenchResult(string Path, double MessagesPerSecond, double P50Milliseconds, double P99Milliseconds, int RateMessages);
