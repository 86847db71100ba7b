using System.Threading.Channels;

namespace ComplianceHub.Notifications.Tests.InApp;

/// <summary>A real SignalR client that keeps every <c>alert</c> it receives.</summary>
internal sealed class HubListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<JsonElement> _alerts = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HubListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("alert", alert => _alerts.Writer.TryWrite(alert));
        _connection.On("subscribed", () => _subscribed.TrySetResult());
    }

    public static async Task<HubListener> StartAsync(HubConnection connection)
    {
        var listener = new HubListener(connection);
        try
        {
            await connection.StartAsync();

            // The handshake completes before the hub has added the connection to its groups: wait for the hub to say so.
            await listener._subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return listener;
    }

    public async Task<JsonElement> NextAlertAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _alerts.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Waits a grace period in which nothing (more) may arrive.</summary>
    public async Task AssertNothingArrivesAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(750));
        Assert.False(_alerts.Reader.TryRead(out var unexpected), $"Unexpected alert: {unexpected}");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
