namespace ComplianceHub.Shared.DeadLetters;

/// <summary>One page of a listing: <paramref name="Number"/> starts at 1; <paramref name="Total"/> counts all matches.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total);
