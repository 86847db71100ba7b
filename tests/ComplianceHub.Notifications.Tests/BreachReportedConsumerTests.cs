using ComplianceHub.Notifications.BreachAlerts;
using ComplianceHub.Notifications.RaiseAlert;
using ComplianceHub.Shared.Database;
using MassTransit.Testing;

namespace ComplianceHub.Notifications.Tests;

public sealed class BreachReportedConsumerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, byte[]> KeyMaterial = new() { ["k1"] = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) };
    private static readonly MessageKeyRing Keys = new(KeyMaterial, "k1", KeyMaterial, "k1", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    private readonly FakeTimeProvider _clock = new(Now);
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(System.IO.Directory.CreateTempSubdirectory().FullName, "n.db")}",
        };
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton(Keys)
            .AddSingleton<PersonalDataProtector>()
            .AddScoped<AlertIntake>()
            .AddDbContext<NotificationsDbContext>(o => o.UseModuleDatabase(database, "notifications"))
            .AddMassTransitTestHarness(x =>
            {
                // Positive waits only: a loaded machine may take longer than the default inactivity to consume.
                x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(10));
                x.AddConsumer<BreachReportedConsumer>();
            })
            .BuildServiceProvider(validateScopes: true);
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
        }

        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
    }

    private static BreachReported Breach(Guid id, params string[] countries) => new()
    {
        BreachId = id,
        DetectedAt = Now.AddHours(-5),
        AwareAt = Now.AddHours(-2),
        AuthorityDeadline = Now.AddHours(70),
        AffectedCountries = countries,
        SpecialCategoryData = true,
        ApproxSubjectsAffected = 1200,
        ReportedByProcessor = false,
    };

    [Fact]
    public async Task When_a_breach_is_reported_a_critical_alert_carries_the_authority_deadline()
    {
        var breachId = NewId.NextGuid();

        await _harness.Bus.Publish(Breach(breachId, "DE"));

        Assert.True(await _harness.GetConsumerHarness<BreachReportedConsumer>().Consumed.Any<BreachReported>());
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal(AlertType.DataBreach, alert.Type);
        Assert.Equal(AlertPriority.Critical, alert.Priority);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(Now.AddHours(70), alert.Deadline);
        Assert.Equal(Now, alert.RaisedAt);
        Assert.Equal($"breaches/{breachId}", alert.Source);
        Assert.Equal("DE", alert.Country);
        Assert.Contains("special categories", new PersonalDataProtector(Keys).Unprotect(alert.Body, alert.Id, nameof(Alert.Body)), StringComparison.Ordinal);
        Assert.DoesNotContain("special categories", alert.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_same_event_is_delivered_twice_only_one_alert_exists()
    {
        var breach = Breach(NewId.NextGuid(), "DE", "FR");

        await _harness.Bus.Publish(breach);
        await _harness.Bus.Publish(breach);

        var consumer = _harness.GetConsumerHarness<BreachReportedConsumer>();
        Assert.True(await consumer.Consumed.Any<BreachReported>(x => x.Context.Message.BreachId == breach.BreachId));
        await _harness.InactivityTask;
        Assert.Equal(2, consumer.Consumed.Select<BreachReported>().Count());
        var alert = Assert.Single(await AlertsAsync());
        Assert.Null(alert.Country);
    }

    private async Task<List<Alert>> AlertsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Alerts.AsNoTracking().ToListAsync();
    }
}
