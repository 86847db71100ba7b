using ComplianceHub.Shared.Http.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Beside WithName and RequireAuthorization, as ASP.NET Core places route-builder extensions: an endpoint opts in
// with one call and no extra using.
namespace Microsoft.AspNetCore.Builder;

public static class IdempotencyEndpoints
{
    /// <summary>
    /// A creating POST honours <c>Idempotency-Key</c>: a retry with the same key (same caller) returns the first
    /// answer. <typeparamref name="TContext"/> is the context the handler writes with; its answer commits with its
    /// changes. <paramref name="shownOnce"/> names the answer's top-level fields that hold a secret shown once (a webhook
    /// signing secret): the stored answer has them null, and a replay says so in <c>Idempotent-Replay-Redacted</c>.
    /// An answer that is nothing but a secret (an API key) takes <see cref="WithSecretAnswer"/> instead.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency<TContext>(this RouteHandlerBuilder builder, params string[] shownOnce)
        where TContext : DbContext =>
        builder.WithMetadata(new IdempotentEndpoint(shownOnce)).AddEndpointFilter((context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IIdempotentRequests>().InvokeAsync<TContext>(context, next));

    /// <summary>The answer holds a secret shown once and is never stored for replay: <c>Idempotency-Key</c> is refused with 400.</summary>
    public static RouteHandlerBuilder WithSecretAnswer(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new SecretAnswerEndpoint()).AddEndpointFilter<SecretAnswerFilter>();
}
