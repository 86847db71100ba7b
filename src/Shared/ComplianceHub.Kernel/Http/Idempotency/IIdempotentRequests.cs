using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// What answers an <c>Idempotency-Key</c> on an endpoint marked <c>WithIdempotency</c>: the Idempotency module stores
/// the first answer with the handler's changes and replays it (the host refuses to start without that module).
/// </summary>
public interface IIdempotentRequests
{
    ValueTask<object?> InvokeAsync<TContext>(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        where TContext : DbContext;
}
