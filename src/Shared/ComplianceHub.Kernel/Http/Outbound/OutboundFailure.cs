namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// A failed outbound request in words that can be shown to the caller: no exception message (those name the address
/// and port that refused or timed out, which may be internal) and never a response body.
/// </summary>
public static class OutboundFailure
{
    /// <summary>Whether the guard refused the destination (before any packet was sent).</summary>
    public static bool IsRefused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OutboundRequestRefusedException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>E.g. <c>refused: the receiver's address is not allowed</c>, <c>timeout</c>, <c>network error (ConnectionError)</c>.</summary>
    public static string Describe(Exception exception) =>
        IsRefused(exception) ? OutboundRequestRefusedException.Reason
        : exception is TaskCanceledException or TimeoutException ? "timeout"
        : $"network error ({(exception as HttpRequestException)?.HttpRequestError.ToString() ?? exception.GetType().Name})";
}
