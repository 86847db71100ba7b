using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Security.Ingestion;

/// <summary>Says once at start that principals are pseudonymised under a generated key of this host's own.</summary>
internal sealed class GeneratedPseudonymKeyWarning(PseudonymKey key, ILogger<GeneratedPseudonymKeyWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (key.GeneratedFile is { } path)
        {
            logger.LogWarning(
                "Principals are pseudonymised with a key generated in {Path}; configure {Section}:PseudonymKey for production",
                path, SecurityMonitoringOptions.Section);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
