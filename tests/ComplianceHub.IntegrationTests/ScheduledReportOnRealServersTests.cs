using MimeKit;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// Issue 8 end to end: a schedule fires on the host's Quartz scheduler (PostgreSQL job store), the report is generated
/// in signed chunks, emailed over real SMTP with its CSV attached, the outcome comes back to the report view, and a
/// changed byte in the stored content is caught by verify (Art. 5(2) accountability: the evidence is checkable).
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ScheduledReportOnRealServersTests(ServersFixture servers)
{
    private const string Recipient = "dpo@example.eu";
    private const string TimeZone = "Europe/Berlin";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task When_a_schedule_fires_the_report_is_made_once_emailed_with_its_csv_and_verify_catches_a_changed_byte()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Messaging:Outbox:PollInterval"] = "00:00:00.200";
        settings["Modules:Notifications:Email:Mode"] = "Smtp";
        settings["Modules:Notifications:Email:Host"] = smtp.Host;
        settings["Modules:Notifications:Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Modules:Notifications:Email:Security"] = "None"; // clear text only because the relay is on loopback
        settings["Modules:Notifications:Email:From"] = "reports@compliancehub.example";
        settings["Modules:Notifications:Email:Timeout"] = "00:00:05";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));
        using var dpo = await host.OrganizationClientAsync("Scheduled reports", "Dpo");

        using var processor = await dpo.PostAsJsonAsync("/api/v1/processors", new
        {
            name = "Payroll Processing GmbH", country = "DE", subProcessors = Array.Empty<string>(), status = "Active",
        });
        Assert.True(processor.StatusCode == HttpStatusCode.Created, await processor.Content.ReadAsStringAsync());
        var firstDay = PeriodEndingBefore(DateTimeOffset.UtcNow);
        using var schedule = await dpo.PutAsJsonAsync("/api/v1/report-schedules/ProcessorCompliance", new
        {
            cron = "0/5 * * * * ?", timeZone = TimeZone, enabled = true, recipients = new[] { Recipient },
        });
        Assert.True(schedule.StatusCode == HttpStatusCode.OK, await schedule.Content.ReadAsStringAsync());

        // The PUT applies the trigger at once (no wait for the periodic sync); the email comes after generation.
        var email = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == Recipient), Patience);
        var reports = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/reports?type=ProcessorCompliance");
        Assert.True(reports.GetProperty("total").GetInt32() == 1, reports.ToString());
        var report = reports.GetProperty("items")[0];
        var id = report.GetProperty("id").GetGuid();
        Assert.Equal("Scheduled", report.GetProperty("trigger").GetString());
        Assert.Equal("Completed", report.GetProperty("status").GetString());
        var period = (report.GetProperty("periodStart").GetString()!, report.GetProperty("periodEnd").GetString()!);
        Assert.Contains(period, new[] { firstDay, PeriodEndingBefore(DateTimeOffset.UtcNow) });
        var digest = report.GetProperty("sha256").GetString()!;

        var attachment = Assert.Single(email.Attachments.OfType<MimePart>(), p => p.ContentType.MimeType == "text/csv");
        using var attached = new MemoryStream();
        await attachment.Content!.DecodeToAsync(attached);
        var content = await dpo.GetByteArrayAsync($"/api/v1/reports/{id}/content?format=csv");
        Assert.Equal(content, attached.ToArray());
        Assert.Equal(digest, Convert.ToHexStringLower(SHA256.HashData(attached.ToArray())));
        Assert.Contains(digest, email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("MissingDpa", System.Text.Encoding.UTF8.GetString(content), StringComparison.Ordinal);

        // The next fires are for the same period: still one report, one email; the outcome is on the report view.
        await Poll.UntilAsync(() => Task.FromResult(host.Output.Contains("already exists; fire at", StringComparison.Ordinal)), Patience);
        var again = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/reports?type=ProcessorCompliance");
        Assert.Equal(1, again.GetProperty("total").GetInt32());
        JsonElement distribution = default;
        await Poll.UntilAsync(async () =>
            (await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}")).TryGetProperty("distribution", out distribution)
            && distribution.ValueKind == JsonValueKind.Object, Patience);
        Assert.Equal((1, 1, 0), (distribution.GetProperty("recipients").GetInt32(), distribution.GetProperty("delivered").GetInt32(), distribution.GetProperty("failed").GetInt32()));
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == Recipient));

        var verified = await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}/verify");
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());

        await FlipFirstByteAsync(settings["ConnectionStrings:ComplianceHub"], id);
        var tampered = await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}/verify");
        Assert.False(tampered.GetProperty("valid").GetBoolean(), tampered.ToString());
        Assert.Equal(digest, tampered.GetProperty("storedSha256").GetString());
        Assert.NotEqual(digest, tampered.GetProperty("sha256").GetString());
    }

    /// <summary>The month before the one of <paramref name="now"/> in the schedule's zone: what a fire at that time reports on.</summary>
    private static (string, string) PeriodEndingBefore(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        var first = new DateOnly(local.Year, local.Month, 1);
        return (first.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Changes one byte of the report's first stored chunk behind the application's back, as an intruder with database access would.</summary>
    private static async Task FlipFirstByteAsync(string connectionString, Guid reportId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """UPDATE reporting.report_chunks SET "Data" = set_byte("Data", 0, get_byte("Data", 0) # 1) WHERE "ReportId" = @id AND "Sequence" = 0""",
            connection);
        command.Parameters.AddWithValue("id", reportId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
