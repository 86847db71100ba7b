namespace ComplianceHub.Reporting.Tests;

/// <summary>The Reporting module on <see cref="ModuleTestHost"/>: SQLite in a temporary directory, identity, audit trail, the in-memory bus.</summary>
public static class ReportingTestHostExtensions
{
    extension(ModuleTestHostOptions options)
    {
        public ModuleTestHostOptions Reporting(params string[] settings) => options
            .InTemporaryDirectory("ch-reporting-")
            .Unthrottled()
            .DeleteDataOnDispose()
            .AddModule(builder => builder.AddReportingModule(), api => api.MapReportingEndpoints())
            .With(settings);

        /// <summary>With the hosted Quartz scheduler firing schedules and the outbox polled quickly.</summary>
        public ModuleTestHostOptions ReportingWithSchedules() => options.FastOutbox("00:00:00.100", keepDelivered: false).Reporting();
    }

    extension(ModuleTestHost host)
    {
        public Task<T> WithDbAsync<T>(Func<ReportingDbContext, Task<T>> query) => host.WithDbAsync<ReportingDbContext, T>(query);

        public Task<T> WithAuditAsync<T>(Func<AuditDbContext, Task<T>> query) => host.WithDbAsync<AuditDbContext, T>(query);
    }
}
