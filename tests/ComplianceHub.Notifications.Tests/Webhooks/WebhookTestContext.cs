namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// Per test (xunit makes a test class per test): the webhooks host with the deriving class's settings, a loopback
/// receiver, and a DPO caller of one organisation.
/// </summary>
public abstract class WebhookTestContext(params string[] settings) : IAsyncLifetime
{
    private protected ModuleTestHost Host { get; private set; } = null!;

    private protected WebhookReceiver Receiver { get; private set; } = null!;

    private protected HttpClient DpoCaller { get; private set; } = null!;

    private protected Guid Organization { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await ModuleTestHost.StartAsync(h => h.Webhooks(settings));
        Receiver = await WebhookReceiver.StartAsync();
        Organization = await Host.CreateOrganizationAsync("Acme Health");
        DpoCaller = await Host.CallerAsync(Organization, Roles.Dpo);
    }

    public async Task DisposeAsync()
    {
        DpoCaller.Dispose();
        await Receiver.DisposeAsync();
        await Host.DisposeAsync();
    }
}
