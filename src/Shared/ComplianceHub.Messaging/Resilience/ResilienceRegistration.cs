using Microsoft.Extensions.Configuration;

namespace ComplianceHub.Shared.Resilience;

public static class ResilienceRegistration
{
    public static void AddResilience(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.AddValidatedOptions<CircuitBreakerOptions>(CircuitBreakerOptions.Section, options =>
        {
            // A breaker's overrides start from the configured defaults, not from the built-in ones.
            foreach (var name in options.Breakers.Keys.ToList())
            {
                var merged = new CircuitBreakerSettings();
                configuration.GetSection($"{CircuitBreakerOptions.Section}:Defaults").Bind(merged);
                configuration.GetSection($"{CircuitBreakerOptions.Section}:Breakers:{name}").Bind(merged);
                options.Breakers[name] = merged;
            }
        });
        builder.Services.AddSingleton<CircuitBreakerRegistry>();
        builder.Services.AddSingleton<CircuitBreakerMetrics>();
    }
}
