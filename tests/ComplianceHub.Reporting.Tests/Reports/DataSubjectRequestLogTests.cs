namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class DataSubjectRequestLogTests : DataSubjectRequestLogContract
{
    private protected override Task<ReportingHarness> StartAsync() => ReportingHarness.StartAsync(inactivitySeconds: 20);
}
