namespace ComplianceHub.Reporting.Registers;

internal enum ProcessorStatus
{
    Onboarding,
    Active,
    Suspended,
    Terminated,
}
