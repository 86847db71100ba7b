using ComplianceHub.Reporting.Reports.Distribution;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceHub.Reporting.Tests;

/// <summary>The Reporting consumers on the in-memory test harness over a SQLite file, with a fake clock and a key ring.</summary>
internal sealed class ReportingHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Dictionary<string, byte[]> KeyMaterial = new()
    {
        ["k1"] = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32),
        ["k2"] = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32),
    };

    private ReportingHarness(ServiceProvider services, ITestHarness harness, FakeTimeProvider clock)
    {
        Services = services;
        Harness = harness;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public ITestHarness Harness { get; }

    public FakeTimeProvider Clock { get; }

    public static MessageKeyRing Ring(string active) =>
        new(KeyMaterial, active, KeyMaterial, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);

    public static async Task<ReportingHarness> StartAsync(
        ReportingOptions? options = null, string activeKey = "k1", int inactivitySeconds = 10, DatabaseOptions? database = null)
    {
        var clock = new FakeTimeProvider(Now);
        database ??= new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(System.IO.Directory.CreateTempSubdirectory().FullName, "r.db")}",
        };
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(Ring(activeKey))
            .AddSingleton(options ?? new ReportingOptions())
            .AddSingleton(AdequacyDecisions.Bundled())
            .AddSingleton<ReportSignatures>()
            .AddScoped<ReportRequests>()
            .AddScoped<ReportGenerator>()
            .AddScoped<DistributionHandOff>()
            .AddScoped<RequestLogProjection>()
            .AddDbContext<ReportingDbContext>(o => o.UseModuleDatabase(database, "reporting"))
            .AddMassTransitTestHarness(x =>
            {
                // A consumer on a loaded machine (or a long report) can stay quiet for seconds: wait that long before calling it
                // inactivity, which ends a positive wait early with "not consumed".
                x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(inactivitySeconds));
                x.AddConsumer<GenerateReportConsumer>();
                x.AddConsumer<GenerateReportFaultConsumer>();
                x.AddConsumer<RequestLogReceivedConsumer>();
                x.AddConsumer<RequestLogExtendedConsumer>();
                x.AddConsumer<RequestLogRespondedConsumer>();
                x.AddConsumer<PersonalDataTransferredConsumer>();
            })
            .BuildServiceProvider(validateScopes: true);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Database.MigrateAsync();
        }

        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new ReportingHarness(services, harness, clock);
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext and saves.</summary>
    public async Task SeedAsync(Action<ReportingDbContext> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        work(db);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    /// <summary>Stores a pending report as the API or a schedule does, publishes its GenerateReport and waits until it was consumed.</summary>
    public async Task<Report> GenerateAsync(
        Guid organization, ReportType type, DateOnly start, DateOnly end, string zone = "Europe/Berlin", ReportTrigger trigger = ReportTrigger.OnDemand)
    {
        var period = new ReportPeriod(start, end, TimeZoneInfo.FindSystemTimeZoneById(zone));
        var report = new Report
        {
            Id = NewId.NextGuid(),
            OrganizationId = organization,
            Type = type,
            Trigger = trigger,
            ScheduleKey = trigger == ReportTrigger.Scheduled ? period.ScheduleKey(type) : null,
            PeriodStart = start,
            PeriodEnd = end,
            TimeZone = zone,
            From = period.From,
            Until = period.Until,
            Status = ReportStatus.Pending,
            RequestedAt = Now,
            RequestedBy = "tester",
        };
        await SeedAsync(db => db.Reports.Add(report));
        return await DeliverAsync(report.Id);
    }

    /// <summary>Delivers a GenerateReport for the report (again) and waits until this copy was consumed.</summary>
    public async Task<Report> DeliverAsync(Guid reportId)
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(new GenerateReport { ReportId = reportId }, c => c.MessageId = messageId);
        var consumed = Harness.GetConsumerHarness<GenerateReportConsumer>().Consumed;
        Assert.True(await consumed.Any<GenerateReport>(x => x.Context.MessageId == messageId));
        var exception = consumed.Select<GenerateReport>(x => x.Context.MessageId == messageId).First().Exception;
        Assert.True(exception is null, exception?.ToString());
        return await ReportAsync(reportId);
    }

    public Task<Report> ReportAsync(Guid id) => QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>The stored content, chunks concatenated.</summary>
    public Task<string> ContentAsync(Guid id) => QueryAsync(async db =>
    {
        var chunks = await db.ReportChunks.AsNoTracking().Where(c => c.ReportId == id).OrderBy(c => c.Sequence).Select(c => c.Data).ToListAsync();
        return System.Text.Encoding.UTF8.GetString([.. chunks.SelectMany(c => c)]);
    });

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await Services.DisposeAsync();
    }
}
