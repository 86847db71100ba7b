namespace ComplianceHub.Shared.Residency;

public static class ResidencyRegistration
{
    public static void AddResidency(this IHostApplicationBuilder builder)
    {
        var residency = builder.AddValidatedOptions<ResidencyOptions>(ResidencyOptions.Section);
        builder.Services.AddSingleton<ResidencyFilter>();
        if (!residency.Declared || !residency.InsideEea)
        {
            builder.Services.AddHostedService<ResidencyWarning>();
        }
    }

    /// <summary>Says at every start when the node has not declared where it runs, or runs outside the EEA.</summary>
    private sealed class ResidencyWarning(ResidencyOptions residency, ILogger<ResidencyWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!residency.Declared)
            {
                logger.LogWarning("{Section}:NodeCountry is not set: this node is assumed to run inside the EEA; declare it for production", ResidencyOptions.Section);
            }
            else
            {
                logger.LogWarning("This node runs in {Country}, outside the EEA: messages with personal data are quarantined, not processed", residency.NodeCountry);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
