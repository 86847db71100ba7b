using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Breaches.Authorities;

public static class AuthoritiesRegistration
{
    /// <summary>
    /// Registers the supervisory-authority catalogue as a singleton: the bundled one, or the file named by
    /// <c>Modules:Breaches:Authorities:CatalogPath</c>, validated before the host starts (ADR 0003).
    /// </summary>
    public static IHostApplicationBuilder AddSupervisoryAuthorities(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<SupervisoryAuthoritiesOptions>(SupervisoryAuthoritiesOptions.Section);
        builder.Services.AddSingleton(options.LoadCatalog());
        return builder;
    }
}
