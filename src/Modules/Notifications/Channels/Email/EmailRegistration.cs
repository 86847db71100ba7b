using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications.Channels.Email;

public static class EmailRegistration
{
    /// <summary>
    /// Registers the email channel as one of the <see cref="INotificationChannel"/>s, with <c>Modules:Notifications:Email</c>
    /// validated before the host starts (ADR 0003). Needs the host's <c>StorageOptions</c>, <c>CircuitBreakerRegistry</c>
    /// and <see cref="TimeProvider"/>.
    /// </summary>
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        builder.Services.AddSingleton<INotificationChannel, EmailChannel>();
        return builder;
    }
}
