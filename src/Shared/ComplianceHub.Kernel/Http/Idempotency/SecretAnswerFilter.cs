using Microsoft.AspNetCore.Http;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// Refuses <c>Idempotency-Key</c> on an operation whose answer is a secret shown once (an API key, a rotated webhook
/// secret): a stored answer would keep the secret, and a replay would hand it out again. A client that lost the
/// answer revokes or rotates instead; 400 tells it so at once, rather than a silent second key.
/// </summary>
internal sealed class SecretAnswerFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.Headers.ContainsKey(IdempotencyKey.Header)
            ? new ValidationErrors()
                .Add(IdempotencyKey.Header, "This answer holds a secret shown once and is never replayed: send the request without this header (if an answer is lost, revoke or rotate and ask again).")
                .ToProblem()
            : await next(context);
}
