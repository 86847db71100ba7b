namespace ComplianceHub.Breaches.CloseBreach;

/// <summary>The body of <c>POST /api/v1/breaches/{id}/close</c>.</summary>
public sealed record CloseBreachRequest
{
    /// <summary>What happened and what was done, for the Art. 33(5) register.</summary>
    public string? Summary { get; init; }
}
