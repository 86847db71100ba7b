using System.Globalization;

namespace ComplianceHub.Shared.Tests.DeadLetters;

/// <summary>Issue 4: <c>GET /api/v1/dead-letters</c> filters by message type, reason and time, and lists by legal impact.</summary>
public sealed class DeadLetterListTests
{
    /// <summary>Three days ago at midnight UTC: recent enough for retention to leave the entries live.</summary>
    private static readonly DateTimeOffset T0 = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-3);

    private static readonly (string Type, string Reason, DateTimeOffset At)[] Entries =
    [
        ("urn:message:ComplianceHub.Notifications.ReportDistribution:SendReportEmails", "Retries exhausted: System.TimeoutException", T0),
        ("urn:message:ComplianceHub.Notifications.Delivery:SendAlertOnChannel", "Permanent: System.Text.Json.JsonException", T0.AddDays(1)),
        ("urn:message:ComplianceHub.Breaches.Contracts:BreachReported", "Retries exhausted: Npgsql.NpgsqlException", T0.AddDays(2)),
    ];

    [Fact]
    public async Task A_failed_breach_message_is_listed_before_a_failed_alert_and_a_failed_report_email_last()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await SeedAsync(host);
        using var client = DeadLetterApiTests.Client(host);

        var types = await TypesAsync(client, "");

        Assert.Equal(["BreachReported", "SendAlertOnChannel", "SendReportEmails"], types);
    }

    /// <param name="fromHours">The <c>from</c> filter in hours after the first entry's failure, if any.</param>
    [Theory]
    [InlineData("SendAlertOnChannel", null, null, null, "SendAlertOnChannel")]
    [InlineData("ComplianceHub.Breaches", null, null, null, "BreachReported")]
    [InlineData(null, "JsonException", null, null, "SendAlertOnChannel")]
    [InlineData(null, "TimeoutException", null, null, "SendReportEmails")]
    [InlineData(null, null, 48.0, null, "BreachReported")]
    [InlineData(null, null, null, 12.0, "SendReportEmails")]
    [InlineData(null, null, 24.0, 36.0, "SendAlertOnChannel")]
    public async Task A_filter_returns_the_matching_entry_and_not_the_others(string? messageType, string? reason, double? fromHours, double? toHours, string expected)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await SeedAsync(host);
        using var client = DeadLetterApiTests.Client(host);
        var query = new List<string>();
        if (messageType is not null)
        {
            query.Add($"messageType={Uri.EscapeDataString(messageType)}");
        }

        if (reason is not null)
        {
            query.Add($"reason={Uri.EscapeDataString(reason)}");
        }

        if (fromHours is { } from)
        {
            query.Add($"from={Uri.EscapeDataString(T0.AddHours(from).ToString("O", CultureInfo.InvariantCulture))}");
        }

        if (toHours is { } to)
        {
            query.Add($"to={Uri.EscapeDataString(T0.AddHours(to).ToString("O", CultureInfo.InvariantCulture))}");
        }

        var types = await TypesAsync(client, "?" + string.Join('&', query));

        Assert.Equal([expected], types);
        Assert.Equal(3, (await TypesAsync(client, "")).Count); // the others exist: the filter left them out
    }

    private static async Task<List<string>> TypesAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dead-letters{query}");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, page.GetProperty("total").GetInt32());
        return [.. items.Select(i => i.GetProperty("messageType").GetString()!.Split(':')[^1])];
    }

    private static async Task SeedAsync(ModuleTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        db.DeadLetters.AddRange(Entries.Select(e => new DeadLetter
        {
            Id = Guid.NewGuid(),
            MessageType = e.Type,
            SourceQueue = "q",
            Reason = e.Reason,
            ExceptionType = e.Reason.Split(": ")[1],
            FailureCount = 1,
            FirstFailedAt = e.At,
            LastFailedAt = e.At.AddMinutes(5),
            Attempts = "[]",
            Payload = [1],
            Impact = DeadLetterImpact.Of(e.Type), // as the writer sets it
        }));
        await db.SaveChangesAsync();
    }
}
