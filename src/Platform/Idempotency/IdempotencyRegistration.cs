using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Messaging.Outbox;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// The Idempotency platform module: the answers of creating POSTs kept for <c>Idempotency-Key</c> retries
/// (<see cref="IIdempotentRequests"/>, what <c>WithIdempotency</c> asks), and their purge.
/// </summary>
public static class IdempotencyModule
{
    public static IHostApplicationBuilder AddIdempotencyModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<IdempotencyOptions>(IdempotencyOptions.Section);
        builder.AddModuleDbContext<IdempotencyDbContext>();
        builder.Services.AddScoped<IdempotencyStore>();
        builder.Services.AddSingleton<IdempotencyRecordPurge>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdempotencyRecordPurge>());
        builder.Services.AddSingleton(typeof(IdempotencyFilter<>));
        builder.Services.AddSingleton<IIdempotentRequests, IdempotentRequests>();
        return builder;
    }

    private sealed class IdempotentRequests(IServiceProvider services) : IIdempotentRequests
    {
        public ValueTask<object?> InvokeAsync<TContext>(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
            where TContext : DbContext =>
            services.GetRequiredService<IdempotencyFilter<TContext>>().InvokeAsync(context, next);
    }
}
