namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// What the modules give the one bus while the host is being built: their consumers and sagas, the contexts whose
/// outboxes it serves, and what platform modules add to every endpoint (observers, filters). <c>AddMessaging</c>
/// reads it once and seals it: a module added after that would lose its consumers without a word, so it is refused.
/// </summary>
public sealed class BusCatalog
{
    internal List<Action<IBusRegistrationConfigurator>> Registrations { get; } = [];

    internal List<Action<IBusFactoryConfigurator, IBusRegistrationContext>> BusConfigurations { get; } = [];

    internal bool IsSealed { get; private set; }

    internal void Seal() => IsSealed = true;

    internal void ThrowIfSealed(Delegate contribution, string what) =>
        ThrowIfSealed(contribution.Method.DeclaringType?.Assembly.GetName().Name ?? "A module", what);

    internal void ThrowIfSealed(string module, string what)
    {
        if (IsSealed)
        {
            throw new InvalidOperationException(
                $"{module} added {what} after AddMessaging configured the bus, so they would never run. "
                + "Add every module (its Add…Module call) before AddMessaging.");
        }
    }
}

public static class BusCatalogExtensions
{
    public static BusCatalog BusCatalog(this IHostApplicationBuilder builder)
    {
        if (!builder.Properties.TryGetValue(typeof(BusCatalog), out var catalog))
        {
            catalog = new BusCatalog();
            builder.Properties[typeof(BusCatalog)] = catalog;
        }

        return (BusCatalog)catalog;
    }

    /// <summary>Adds a module's consumers, sagas and their definitions to the bus; before <c>AddMessaging</c>.</summary>
    public static void AddModuleMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        var catalog = builder.BusCatalog();
        catalog.ThrowIfSealed(configure, "consumers");
        catalog.Registrations.Add(configure);
    }

    /// <summary>
    /// Adds to the bus itself (a send or consume observer, a consume filter on every endpoint): how a platform module
    /// takes part in every message without the backbone knowing it. Before <c>AddMessaging</c>.
    /// </summary>
    public static void AddBusConfiguration(this IHostApplicationBuilder builder, Action<IBusFactoryConfigurator, IBusRegistrationContext> configure)
    {
        var catalog = builder.BusCatalog();
        catalog.ThrowIfSealed(configure, "a bus configuration");
        catalog.BusConfigurations.Add(configure);
    }
}
