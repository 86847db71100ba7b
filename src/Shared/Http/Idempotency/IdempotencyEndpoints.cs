using ComplianceHub.Shared.Http.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

// Beside WithName and RequireAuthorization, as ASP.NET Core places route-builder extensions: an endpoint opts in
// with one call and no extra using.
namespace Microsoft.AspNetCore.Builder;

public static class IdempotencyEndpoints
{
    /// <summary>
    /// A creating POST honours <c>Idempotency-Key</c>: a retry with the same key (same caller) returns the first
    /// answer. <typeparamref name="TContext"/> is the context the handler writes with; its answer commits with its
    /// changes. Never on an answer that must be shown once (an API key's secret).
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency<TContext>(this RouteHandlerBuilder builder)
        where TContext : DbContext =>
        builder.WithMetadata(new IdempotentEndpoint()).AddEndpointFilter<IdempotencyFilter<TContext>>();
}
