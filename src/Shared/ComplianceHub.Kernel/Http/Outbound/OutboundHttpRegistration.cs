using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>The one way a module makes an HTTP client to a receiver it was given: every such client goes through the guard.</summary>
public static class OutboundHttpRegistration
{
    /// <summary>Binds and validates <c>Http:Outbound</c> (once per host) and registers the guard.</summary>
    public static OutboundAddressPolicy AddOutboundHttp(this IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(OutboundAddressPolicy), out var registered))
        {
            return (OutboundAddressPolicy)registered;
        }

        var policy = new OutboundAddressPolicy(builder.AddValidatedOptions<OutboundOptions>(OutboundOptions.Section));
        builder.Properties[typeof(OutboundAddressPolicy)] = policy;
        builder.Services.AddSingleton(policy);
        builder.Services.TryAddSingleton<IOutboundAddressResolver, DnsOutboundAddressResolver>();
        builder.Services.AddSingleton<OutboundAddressGuard>();
        return policy;
    }

    /// <summary>
    /// A named client whose connections pass <see cref="OutboundAddressGuard"/>: no redirects (a receiver could bounce the
    /// request to a host nobody registered), no proxy (the guard must see the real destination), no cookies, and no
    /// logging of URLs (only scheme and host).
    /// </summary>
    public static IHttpClientBuilder AddOutboundHttpClient(this IHostApplicationBuilder builder, string name, TimeSpan timeout)
    {
        builder.AddOutboundHttp();
        return builder.Services.AddHttpClient(name, c => c.Timeout = timeout)
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new OutboundLoggingHandler(name, sp.GetRequiredService<ILogger<OutboundLoggingHandler>>()))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5), // names are resolved, and checked, again at least this often
                ConnectCallback = sp.GetRequiredService<OutboundAddressGuard>().ConnectAsync,
            });
    }
}
