using ComplianceHub.Security.Data;
using ComplianceHub.Shared.Database;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Security;

/// <summary>Art. 32 security events and scan results, priority rules, correlation into potential breaches.</summary>
public static class SecurityModule
{
    public static IHostApplicationBuilder AddSecurityModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<SecurityDbContext>();
        return builder;
    }
}
