namespace ComplianceHub.Bench;

/// <summary>The benchmark's message: a 1 KB payload and the instant it was produced.</summary>
public sealed record BenchPing(Guid Id, DateTime ProducedAt, byte[] Payload);
