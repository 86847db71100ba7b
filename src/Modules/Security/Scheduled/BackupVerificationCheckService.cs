using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Security.Scheduled;

/// <summary>Runs <see cref="BackupVerificationCheck"/> every <c>Modules:Security:BackupCheckInterval</c> on the module's clock.</summary>
internal sealed class BackupVerificationCheckService(
    IServiceScopeFactory scopes, SecurityMonitoringOptions options, TimeProvider clock, ILogger<BackupVerificationCheckService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.BackupCheckInterval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<BackupVerificationCheck>().RunAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Backup verification check raised {Alerts} alerts", raised);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Backup verification check ran concurrently elsewhere; next run in {Interval}", options.BackupCheckInterval);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Backup verification check failed; next run in {Interval}", options.BackupCheckInterval);
            }
        }
    }
}
