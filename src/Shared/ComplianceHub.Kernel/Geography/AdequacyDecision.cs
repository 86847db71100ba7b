namespace ComplianceHub.Shared.Geography;

/// <summary>
/// A Commission decision that a third country ensures an adequate level of protection (Art. 45). A decision with a
/// <see cref="Scope"/> covers only the recipients it names (e.g. DPF-certified US organisations): the transfer audit
/// asks the DPO to confirm the recipient is one of them.
/// </summary>
public sealed record AdequacyDecision
{
    public required string Country { get; init; }

    public required string Name { get; init; }

    public required string Decision { get; init; }

    public required DateOnly AdoptedOn { get; init; }

    /// <summary>When the decision lapses unless renewed (the UK's has a sunset clause); none if open-ended.</summary>
    public DateOnly? ExpiresOn { get; init; }

    public string? Scope { get; init; }

    public bool InForceOn(DateOnly day) => AdoptedOn <= day && (ExpiresOn is null || day <= ExpiresOn);
}
