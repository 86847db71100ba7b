namespace ComplianceHub.Reporting.Registers;

/// <summary>The API path segment of each register: <c>/api/v1/{segment}/{id}</c>.</summary>
internal static class RegisterPaths
{
    public const string ProcessingActivities = "processing-activities";
    public const string Transfers = "transfers";
    public const string Processors = "processors";

    public static string Of(RegisterKind register) => register switch
    {
        RegisterKind.ProcessingActivity => ProcessingActivities,
        RegisterKind.Transfer => Transfers,
        RegisterKind.Processor => Processors,
        _ => throw new ArgumentOutOfRangeException(nameof(register)),
    };
}
