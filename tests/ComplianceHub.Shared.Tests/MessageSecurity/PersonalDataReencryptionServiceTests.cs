using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceHub.Shared.Tests.MessageSecurity;

/// <summary>A failing pass must never escape: the host's default reaction to an escaped exception is to stop.</summary>
public sealed class PersonalDataReencryptionServiceTests
{
    [Fact]
    public async Task When_a_pass_fails_with_an_unexpected_error_Should_keep_running_and_try_again()
    {
        var clock = new FakeTimeProvider();
        var attempts = 0;
        var services = new ServiceCollection();
        services.AddScoped(typeof(UnreachableContext), _ =>
        {
            Interlocked.Increment(ref attempts);
            throw new TimeoutException("The database did not answer in time.");
        });
        await using var provider = services.BuildServiceProvider();
        var catalog = new ModuleCatalog(new DatabaseOptions());
        catalog.DbContextTypes.Add(typeof(UnreachableContext));
        var keys = new Dictionary<string, byte[]> { ["2026-12"] = RandomNumberGenerator.GetBytes(32) };
        var ring = new MessageKeyRing(keys, "2026-12", keys, "2026-12", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        var options = new MessageSecurityOptions { ReencryptionInterval = TimeSpan.FromMinutes(10) };
        using var service = new PersonalDataReencryptionService(
            provider.GetRequiredService<IServiceScopeFactory>(), catalog, new PersonalDataReencryption(new PersonalDataProtector(ring), ring), options, clock,
            NullLogger<PersonalDataReencryptionService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref attempts) < 2 && !service.ExecuteTask!.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(options.ReencryptionInterval);
            await Task.Delay(20);
        }

        Assert.False(service.ExecuteTask!.IsCompleted, $"The loop ended: {service.ExecuteTask.Exception?.InnerException?.GetType().Name}");
        Assert.True(attempts >= 2, $"Tried {attempts} time(s)");
        await service.StopAsync(CancellationToken.None);
    }

    private sealed class UnreachableContext : DbContext;
}
