namespace ComplianceHub.Reporting.Registers;

internal enum RegisterKind
{
    ProcessingActivity,
    Transfer,
    Processor,
}
