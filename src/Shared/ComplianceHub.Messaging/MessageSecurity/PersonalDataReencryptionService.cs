using System.Data.Common;
using ComplianceHub.Shared.Modules;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Runs <see cref="PersonalDataReencryption"/> over every module's database shortly after start (a key rotation
/// takes effect by a restart with the new ring) and then every <see cref="MessageSecurityOptions.ReencryptionInterval"/>.
/// Every host may run it: the updates are conditional, so two hosts never overwrite each other's work.
/// </summary>
internal sealed class PersonalDataReencryptionService(
    IServiceScopeFactory scopes, ModuleCatalog catalog, PersonalDataReencryption job, MessageSecurityOptions options, TimeProvider clock,
    ILogger<PersonalDataReencryptionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMinutes(1) < options.ReencryptionInterval ? TimeSpan.FromMinutes(1) : options.ReencryptionInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, clock, stoppingToken);
                delay = options.ReencryptionInterval;
                foreach (var type in catalog.DbContextTypes)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var counts = await job.RunAsync((DbContext)scope.ServiceProvider.GetRequiredService(type), stoppingToken);
                    if (counts.Reencrypted + counts.Unreadable > 0)
                    {
                        logger.LogInformation("{Module}: {Reencrypted} personal-data values re-encrypted under key {KeyId}; {Unreadable} could not be opened",
                            type.Name, counts.Reencrypted, job.ActiveKey, counts.Unreadable);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // The database is down or not migrated yet: the next pass tries again.
                logger.LogWarning("Re-encryption of personal data failed ({Error}); next pass in {Interval}", ex.GetType().Name, options.ReencryptionInterval);
            }
            catch (Exception ex)
            {
                // Anything else (a conflicting update, a timeout) fails this pass only: an escape would stop the host.
                logger.LogWarning(ex, "Re-encryption of personal data failed; next pass in {Interval}", options.ReencryptionInterval);
            }
        }
    }
}
