namespace ComplianceHub.Reporting.Registers;

internal enum ChangeAction
{
    Created,
    Updated,
    Deleted,
}
