using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Shared.MessageSecurity;

public static class MessageSecurityRegistration
{
    public static void AddMessageSecurity(this IHostApplicationBuilder builder, StorageOptions storage)
    {
        var options = builder.AddValidatedOptions<MessageSecurityOptions>(MessageSecurityOptions.Section);

        // A replayed message is refused by the inbox while its id is remembered, and by its signature once it is older
        // than the window; with the window inside the inbox's memory no age falls between the two.
        var outbox = builder.Configuration.BindValidated<OutboxOptions>(OutboxOptions.Section);
        if (options.SignatureWindow > outbox.InboxRetention)
        {
            throw new InvalidConfigurationException(
            [
                $"{MessageSecurityOptions.Section}:SignatureWindow ({options.SignatureWindow}) must not exceed {OutboxOptions.Section}:InboxRetention ({outbox.InboxRetention}): " +
                "a replayed message older than the inbox's memory but inside the window would be accepted twice.",
            ]);
        }

        var development = options.SigningKeys.Count == 0 || options.EncryptionKeys.Count == 0;
        var generated = development ? DevelopmentKeyRing.LoadOrCreate(storage.DataDirectoryFullPath) : null;
        var (signing, activeSigning) = options.SigningKeys.Count > 0
            ? (options.SigningKeys, options.ActiveSigningKey!)
            : (generated!.SigningKeys, generated.ActiveSigningKey);
        var (encryption, activeEncryption) = options.EncryptionKeys.Count > 0
            ? (options.EncryptionKeys, options.ActiveEncryptionKey!)
            : (generated!.EncryptionKeys, generated.ActiveEncryptionKey);
        var ring = new MessageKeyRing(
            Decode(signing), activeSigning, Decode(encryption), activeEncryption, options.SignatureWindow, options.ClockSkew, development);
        builder.Services.AddSingleton(ring);
        builder.Services.AddSingleton<PersonalDataProtector>();
        builder.Services.AddSingleton<PersonalDataReencryption>();
        builder.Services.AddHostedService<PersonalDataReencryptionService>();
        builder.Services.AddSingleton<SigningSendObserver>();
        builder.Services.AddSingleton<SignatureVerificationFilter>();
        if (development)
        {
            builder.Services.AddHostedService<DevelopmentKeyRingWarning>();
        }
    }

    private static Dictionary<string, byte[]> Decode(Dictionary<string, string> keys) =>
        keys.ToDictionary(k => k.Key, k => MessageSecurityOptions.Decode(k.Value)!, StringComparer.Ordinal);

    /// <summary>Says once at start that messages are protected by generated development keys.</summary>
    private sealed class DevelopmentKeyRingWarning(StorageOptions storage, ILogger<DevelopmentKeyRingWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "Messages are signed and encrypted with a DEVELOPMENT key ring generated in {Path}; configure {Section} keys for production",
                Path.Combine(storage.DataDirectoryFullPath, DevelopmentKeyRing.FileName), MessageSecurityOptions.Section);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
