namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// The correlation id of the work in progress (an API request or a consumed message), carried into every message
/// it sends as the <see cref="Header"/> header, so one call can be followed across modules in the logs.
/// </summary>
public static class CorrelationContext
{
    public const string Header = "X-Correlation-Id";
    private static readonly AsyncLocal<string?> CurrentId = new();

    public static string? Current
    {
        get => CurrentId.Value;
        set => CurrentId.Value = value;
    }
}
