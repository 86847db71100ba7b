namespace ComplianceHub.Breaches;

/// <summary>What a breach command adds to <see cref="BreachCommand"/>'s outline.</summary>
/// <param name="Record">Changes the breach, adds its timeline entry and publishes its event; answers the 202 body.</param>
/// <param name="Validate">Adds the errors found against the breach (e.g. a time before its detection) to the request's.</param>
/// <param name="Refusal">Why the breach's state refuses the command (409), or null.</param>
internal sealed record BreachCommandSteps<TAnswer>(
    Func<Breach, Task<TAnswer>> Record,
    Func<Breach, Task>? Validate = null,
    Func<Breach, Task<string?>>? Refusal = null);
