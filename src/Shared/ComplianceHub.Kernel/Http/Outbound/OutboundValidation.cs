namespace ComplianceHub.Shared.Http.Outbound;

public static class OutboundValidation
{
    /// <summary>
    /// Adds the guard's objection to a receiver URL a caller registers, under <paramref name="field"/>; skipped when the
    /// field already has an error (the URL is then not one to resolve).
    /// </summary>
    public static async Task CheckReceiverAsync(
        this OutboundAddressGuard guard, ValidationErrors errors, string field, string? url, CancellationToken cancellationToken)
    {
        if (errors.Fields.Contains(field) || !Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri))
        {
            return;
        }

        if (await guard.ProblemAsync(uri, cancellationToken) is { } problem)
        {
            errors.Add(field, problem);
        }
    }
}
