namespace ComplianceHub.Breaches.GetBreach;

/// <summary>The DPO or other contact point (Art. 33(3)(b)).</summary>
public sealed record BreachContactView(string? Name, string? Email, string? Phone);
