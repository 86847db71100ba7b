using Serilog.Events;
using Serilog.Parsing;

namespace ComplianceHub.Shared.Tests.Http;

public sealed class SecretPathRedactionTests
{
    private const string Token = "YWxlcnQuZHBvLjE3NzI0NDE2MDAuazEuc2lnbmF0dXJl";

    [Fact]
    public void Acknowledgement_tokens_in_any_property_become_the_route_template()
    {
        var e = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse("Request starting {Path}"),
        [
            new LogEventProperty("Path", new ScalarValue($"/ack/{Token}")),
            new LogEventProperty("RequestPath", new ScalarValue($"/ACK/{Token}?x=1")),
            new LogEventProperty("Url", new ScalarValue(new Uri($"https://hub.example/ack/{Token}"))),
            new LogEventProperty("Scope", new SequenceValue([new ScalarValue($"RequestPath:/ack/{Token} RequestId:1")])),
            new LogEventProperty("Other", new ScalarValue("/api/v1/alerts")),
        ]);

        new SecretPathRedaction().Enrich(e, null!);

        var rendered = e.RenderMessage() + string.Join(' ', e.Properties.Select(p => p.Value.ToString()));
        Assert.DoesNotContain(Token, rendered, StringComparison.Ordinal);
        Assert.Equal("Request starting \"/ack/{token}\"", e.RenderMessage());
        Assert.Equal("\"/ack/{token}?x=1\"", e.Properties["RequestPath"].ToString());
        Assert.Equal("\"https://hub.example/ack/{token}\"", e.Properties["Url"].ToString());
        Assert.Equal("\"/api/v1/alerts\"", e.Properties["Other"].ToString());
    }
}
