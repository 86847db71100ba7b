namespace ComplianceHub.Notifications.Tests.Webhooks;

public sealed class WebhookRulesTests
{
    private const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string VectorBody = """{"test": 2432232314}""";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The test vector published with the Standard Webhooks specification.</summary>
    [Fact]
    public void The_signer_reproduces_the_Standard_Webhooks_test_vector() =>
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.Sign(VectorSecret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, VectorBody));

    [Fact]
    public void The_test_verifier_accepts_the_vector_and_refuses_a_stale_timestamp()
    {
        const string signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(1614265330);

        Assert.Null(StandardWebhooksVerifier.Problem(VectorSecret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "v1,bm90IGl0 " + signature, VectorBody, signedAt));
        Assert.NotNull(StandardWebhooksVerifier.Problem(VectorSecret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", signature, VectorBody, signedAt.AddMinutes(6)));
    }

    [Theory]
    [InlineData("https://hooks.example.com/in", true)]
    [InlineData("http://127.0.0.1:8080/in", true)] // where it may point, and plain http, the outbound guard decides
    [InlineData("ftp://hooks.example.com/in", false)]
    [InlineData("https://user:pw@hooks.example.com/in", false)]
    [InlineData("/relative", false)]
    [InlineData("", false)]
    public void Urls_must_be_absolute_http_or_https_without_credentials(string url, bool accepted) =>
        Assert.Equal(accepted, WebhookUrl.Problem(url) is null);

    [Fact]
    public void Retries_follow_the_schedule_and_the_last_delay_repeats()
    {
        var plan = Plan(TimeSpan.FromHours(24));

        Assert.Equal(Start.AddSeconds(5), plan.Next(1, Start, Start, 0));
        Assert.Equal(Start.AddMinutes(1).AddMinutes(5), plan.Next(2, Start, Start.AddMinutes(1), 0));
        Assert.Equal(Start.AddHours(13).AddHours(10), plan.Next(9, Start, Start.AddHours(13), 0));
    }

    [Fact]
    public void No_attempt_is_planned_after_the_window_and_the_last_is_pulled_in_to_its_end()
    {
        var plan = Plan(TimeSpan.FromHours(24));

        Assert.Equal(Start.AddHours(24), plan.Next(6, Start, Start.AddHours(20), 0));
        Assert.Null(plan.Next(7, Start, Start.AddHours(24), 0));
    }

    [Fact]
    public void Jitter_only_lengthens_a_wait_by_at_most_its_fraction()
    {
        var plan = Plan(TimeSpan.FromHours(24), jitter: 0.2);

        Assert.Equal(Start.AddMinutes(6), plan.Next(2, Start, Start, 1.0));
        Assert.Equal(Start.AddMinutes(5), plan.Next(2, Start, Start, 0.0));
    }

    [Fact]
    public void Event_types_are_alert_types_or_the_wildcard()
    {
        Assert.Equal("DataBreach", WebhookEventTypes.Canonical("databreach"));
        Assert.Equal("*", WebhookEventTypes.Canonical("*"));
        Assert.Null(WebhookEventTypes.Canonical("3"));
        Assert.Null(WebhookEventTypes.Canonical("alert.raised"));
    }

    [Fact]
    public void Invalid_options_name_their_keys()
    {
        var options = new WebhooksOptions { RetryDelays = [TimeSpan.Zero], Jitter = 2, DisableAfterFailedDeliveries = 0 };

        var errors = options.Validate(WebhooksOptions.Section).ToList();

        Assert.Contains(errors, e => e.StartsWith("Modules:Notifications:Webhooks:RetryDelays:0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Modules:Notifications:Webhooks:Jitter", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Modules:Notifications:Webhooks:DisableAfterFailedDeliveries", StringComparison.Ordinal));
        Assert.Empty(new WebhooksOptions().Validate(WebhooksOptions.Section));
    }

    private static WebhookRetryPlan Plan(TimeSpan window, double jitter = 0) =>
        new(new WebhooksOptions { RetryWindow = window, Jitter = jitter });
}
