namespace ComplianceHub.Reporting.Registers;

/// <summary>The legal ground of a transfer: Art. 45 adequacy, Art. 46 SCC or Art. 47 BCR safeguards, Art. 49 derogation.</summary>
#pragma warning disable CA1707, CA1709 // the names are the ones DPOs use
internal enum TransferMechanism
{
    Adequacy,
    SCC,
    BCR,
    Derogation,
}
#pragma warning restore CA1707, CA1709
