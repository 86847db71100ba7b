using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Hosting;

public static class ComplianceHubRunner
{
    public const int InvalidConfigurationExitCode = 2;

    /// <summary>
    /// Builds and runs the host, or runs <c>migrate</c> (apply every module's migrations, then exit).
    /// Invalid configuration ends the process at once with exit code 2 and the keys at fault.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> build)
    {
        WebApplication app;
        try
        {
            app = build(args.Where(a => a != "migrate").ToArray());
        }
        catch (InvalidConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("ComplianceHub cannot start: invalid configuration.");
            foreach (var error in ex.Errors)
            {
                await Console.Error.WriteLineAsync("  - " + error);
            }

            return InvalidConfigurationExitCode;
        }

        await using (app)
        {
            if (args.Contains("migrate"))
            {
                var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceHub.Migrate");
                await DatabaseMigrator.MigrateAsync(app.Services, logger, CancellationToken.None);
                return 0;
            }

            await app.RunAsync();
            return 0;
        }
    }
}
