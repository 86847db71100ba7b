using Microsoft.Extensions.Options;

namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class MessagingRegistrationTests
{
    private static IServiceProvider Build(params string[] args)
    {
        var data = Directory.CreateTempSubdirectory().FullName;
        var builder = ComplianceHubHost.CreateBuilder(
            [$"--Storage:DataDirectory={data}", "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef", .. args]);
        builder.AddPlatformModules();
        builder.AddMessaging();
        return builder.Build().Services;
    }

    [Fact]
    public void MassTransit_usage_telemetry_never_leaves_the_host()
    {
        var options = Build().GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(options.Enabled);
    }

    [Fact]
    public void Endpoint_overrides_are_bound_by_queue_name()
    {
        var options = Build("--Messaging:Endpoints:breach-reported:ConcurrentMessageLimit=1").GetRequiredService<MessagingOptions>();

        Assert.Equal(1, options.Endpoints["Breach-Reported"].ConcurrentMessageLimit);
        Assert.Equal(QueueType.Quorum, options.QueueType);
    }
}
