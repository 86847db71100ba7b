using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Testing.Ledger;
using Microsoft.AspNetCore.Builder;

namespace ComplianceHub.Shared.Tests.Hosting;

/// <summary>
/// The composition root's rules (ADR 0019): every module before the bus, and the platform modules the kernel and the
/// backbone rely on present. Each broken rule stops the host while it is being built, with a message that says what to do.
/// </summary>
public sealed class CompositionRootTests
{
    private static WebApplicationBuilder NewBuilder() => ComplianceHubHost.CreateBuilder(
    [
        $"--Storage:DataDirectory={Directory.CreateTempSubdirectory("ch-composition-").FullName}",
        "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef",
        "--Database:MigrateOnStartup=false",
    ]);

    /// <summary>A builder on which the platform modules and then the bus are added: whatever comes next is too late.</summary>
    private static WebApplicationBuilder BuilderWithTheBusAdded()
    {
        var builder = NewBuilder();
        builder.AddPlatformModules();
        builder.AddMessaging();
        return builder;
    }

    [Fact]
    public void A_module_whose_consumers_come_after_the_bus_is_refused_by_name()
    {
        var builder = BuilderWithTheBusAdded();

        var error = Assert.Throws<InvalidOperationException>(() =>
            builder.AddModuleMessaging(bus => bus.AddConsumer<EntryRecordedConsumer>()));

        Assert.Contains("ComplianceHub.Shared.Tests added consumers after AddMessaging", error.Message, StringComparison.Ordinal);
        Assert.Contains("before AddMessaging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_context_added_after_the_bus_is_refused_by_name()
    {
        var builder = BuilderWithTheBusAdded();

        var error = Assert.Throws<InvalidOperationException>(builder.AddModuleDbContext<LedgerDbContext>);

        Assert.Contains("ComplianceHub.Testing added the context LedgerDbContext after AddMessaging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_observer_added_after_the_bus_is_refused()
    {
        var builder = BuilderWithTheBusAdded();

        Assert.Throws<InvalidOperationException>(() => builder.AddBusConfiguration((_, _) => { }));
    }

    [Fact]
    public void Modules_added_before_the_bus_are_accepted()
    {
        var builder = NewBuilder();
        builder.AddPlatformModules();
        builder.AddModuleDbContext<LedgerDbContext>();
        builder.AddModuleMessaging(bus => bus.AddConsumer<EntryRecordedConsumer>());
        builder.AddMessaging();

        using var app = builder.Build();
        app.MapComplianceHub();
        Assert.NotNull(app.Services.GetRequiredService<IBus>());
    }

    [Fact]
    public void A_host_without_the_audit_and_dead_letter_modules_names_them_at_start()
    {
        var builder = NewBuilder();
        builder.AddIdentityModule();
        builder.AddIdempotencyModule();
        builder.AddMessaging();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapComplianceHub());

        Assert.Contains("call AddAuditModule, AddDeadLettersModule on the builder", error.Message, StringComparison.Ordinal);
    }
}
