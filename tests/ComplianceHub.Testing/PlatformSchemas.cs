using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Http.Idempotency.Data;
using ComplianceHub.Shared.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing;

/// <summary>Migrates the platform's own contexts (dead letters, audit, identity, idempotency) for a host started without migrations.</summary>
public static class PlatformSchemas
{
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
    }
}
