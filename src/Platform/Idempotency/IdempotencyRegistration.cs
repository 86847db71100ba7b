using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Http.Idempotency.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Shared.Http.Idempotency;

internal static class IdempotencyRegistration
{
    public static void AddIdempotency(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<IdempotencyOptions>(IdempotencyOptions.Section);
        builder.AddModuleDbContext<IdempotencyDbContext>();
        builder.Services.AddScoped<IdempotencyStore>();
        builder.Services.AddSingleton<IdempotencyRecordPurge>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdempotencyRecordPurge>());
    }
}
