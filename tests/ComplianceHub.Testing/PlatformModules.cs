using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Operations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Testing;

/// <summary>The platform modules as the host's Program.cs adds and maps them, for test hosts and benchmarks.</summary>
public static class PlatformModules
{
    public static IHostApplicationBuilder AddPlatformModules(this IHostApplicationBuilder builder) =>
        builder.AddIdentityModule().AddAuditModule().AddDeadLettersModule().AddIdempotencyModule().AddOperationsModule();

    public static RouteGroupBuilder MapPlatformEndpoints(this RouteGroupBuilder api) =>
        api.MapIdentityEndpoints().MapAuditEndpoints().MapDeadLetterEndpoints().MapOperationsEndpoints();
}
