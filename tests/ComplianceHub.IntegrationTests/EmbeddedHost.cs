namespace ComplianceHub.IntegrationTests;

/// <summary>
/// One host as a newcomer runs it (SQLite, in-memory bus, nothing configured but the tests' admin key), started once
/// and ready, for the tests that only call it: a start is the slowest part of such a test.
/// </summary>
public sealed class EmbeddedHost : IAsyncLifetime
{
    public HostProcess Host { get; } = new(new Dictionary<string, string>());

    public async Task InitializeAsync()
    {
        await Host.StartReadyAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The test classes that share one <see cref="EmbeddedHost"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedHostCollection : ICollectionFixture<EmbeddedHost>
{
    public const string Name = "One embedded host";
}
