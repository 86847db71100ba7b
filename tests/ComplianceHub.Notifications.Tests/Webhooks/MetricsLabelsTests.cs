namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// Issue 16: <c>/metrics</c> is scraped without authentication, so no label names a tenant: no subscription,
/// organisation or DPO id, no <c>webhook:{subscriptionId}</c> breaker name.
/// </summary>
public sealed partial class MetricsLabelsTests
{
    [Fact]
    public async Task After_a_webhook_delivery_and_a_breaker_transition_no_metric_label_holds_an_id()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.WebhooksWithTrippingBreakers());
        await using var healthy = await WebhookReceiver.StartAsync();
        await using var failing = await WebhookReceiver.StartAsync();
        failing.Answer = _ => 503;
        var organization = await host.CreateOrganizationAsync("Acme Health");
        using var dpo = await host.CallerAsync(organization, Roles.Dpo);
        var (delivered, _) = await WebhookApi.SubscribeAsync(dpo, healthy.Url, "*");
        var (broken, _) = await WebhookApi.SubscribeAsync(dpo, failing.Url, "*");

        await WebhookApi.PingAsync(dpo, delivered);
        await WebhookApi.PingAsync(dpo, broken);
        await WebhookApi.PingAsync(dpo, broken);
        await Poll.UntilAsync(() => Task.FromResult(healthy.Received.Count >= 1));
        var breakers = host.App.Services.GetRequiredService<CircuitBreakerRegistry>();
        await Poll.UntilAsync(() => Task.FromResult(
            breakers.TryFind(WebhookSender.BreakerName(broken), out var breaker) && breaker.State == CircuitState.Open));

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        string metrics = "";
        await Poll.UntilAsync(async () =>
        {
            metrics = await anonymous.GetStringAsync("/metrics");
            return OpenBreaker().IsMatch(metrics);
        });

        var labels = Labels().Matches(metrics).Select(m => m.Groups["labels"].Value).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.False(AnyGuid().IsMatch(l), $"A metric label holds an id: {{{l}}}"));
        // The breaker shows up by category: its state and its transition, without an id.
        Assert.Matches(OpenWebhookBreaker(), metrics);
        Assert.Matches(WebhookTransition(), metrics);
        Assert.DoesNotContain(delivered.ToString(), metrics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(broken.ToString(), metrics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(organization.ToString(), metrics, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^compliancehub_circuit_breaker_state\{[^}]*\} 2\b", RegexOptions.Multiline)]
    private static partial Regex OpenBreaker();

    [GeneratedRegex(@"^compliancehub_circuit_breaker_state\{[^}]*breaker=""webhook""[^}]*\} 2\b", RegexOptions.Multiline)]
    private static partial Regex OpenWebhookBreaker();

    [GeneratedRegex(@"^compliancehub_circuit_breaker_transitions[a-z_]*\{[^}]*breaker=""webhook""[^}]*to=""Open""[^}]*\} 1\b", RegexOptions.Multiline)]
    private static partial Regex WebhookTransition();

    /// <summary>The label set of every sample line (comments excluded).</summary>
    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*\{(?<labels>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex Labels();

    /// <summary>A GUID in any of its usual spellings: with dashes, braces, or 32 hex digits in a row.</summary>
    [GeneratedRegex(@"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex AnyGuid();
}
