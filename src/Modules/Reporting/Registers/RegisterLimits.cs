namespace ComplianceHub.Reporting.Registers;

/// <summary>Field limits of the register entries (the column sizes of <c>RegisterConfigurations</c>).</summary>
internal static class RegisterLimits
{
    public const int NameLength = 200;
    public const int ItemLength = 200;
    public const int MaxItems = 50;
    public const int RetentionLength = 2000;
    public const int SecurityMeasuresLength = 4000;
    public const int MaxPageSize = 200;
}
