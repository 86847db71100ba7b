namespace ComplianceHub.Security.Domain;

internal enum AccessOutcome
{
    Denied = 1,
    Granted = 2,
}
