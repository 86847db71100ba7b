namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>
/// Issue 16: an emailed or texted acknowledgement link is bound to its DPO and alert, works once, and is dead (410, a
/// page, nothing changed) once used, once its DPO is removed, or once the alert is resolved.
/// </summary>
public sealed class AcknowledgeLinkLifecycleTests
{
    [Fact]
    public async Task A_used_link_answers_gone_the_second_time_and_the_audit_names_the_dpo_who_acknowledged()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var (organization, regional, alert, path) = await AlertWithLinkAsync(host);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using (var used = await anonymous.PostAsync(path, null))
        {
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        var acknowledgedAt = (await host.AlertAsync(alert)).GetProperty("acknowledgement").GetProperty("at").GetDateTimeOffset();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var again = await anonymous.PostAsync(path, null);
        using var reopened = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("Nothing was changed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<form", await reopened.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var after = await host.AlertAsync(alert);
        Assert.Equal(acknowledgedAt, after.GetProperty("acknowledgement").GetProperty("at").GetDateTimeOffset());
        var entry = Assert.Single(await AuditAsync(host, alert));
        Assert.Equal($"dpo:{regional}", entry.GetProperty("actor").GetString());
        Assert.Equal(organization, entry.GetProperty("organizationId").GetGuid());
    }

    [Fact]
    public async Task A_link_of_a_deleted_dpo_answers_gone_and_changes_nothing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var (_, regional, alert, path) = await AlertWithLinkAsync(host);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using (var deleted = await host.Client.DeleteAsync($"/api/v1/dpos/{regional}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var page = await anonymous.GetAsync(path);
        using var confirmed = await anonymous.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, confirmed.StatusCode);
        Assert.Contains("no longer in the directory", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", confirmed.Headers.CacheControl?.ToString());
        Assert.Equal("Open", (await host.AlertAsync(alert)).GetProperty("status").GetString());
        Assert.Empty(await AuditAsync(host, alert));
    }

    [Fact]
    public async Task A_link_of_a_resolved_alert_answers_gone_and_changes_nothing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var (_, _, alert, path) = await AlertWithLinkAsync(host);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        await host.WithDbAsync(db => db.Alerts.Where(a => a.Id == alert).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AlertStatus.Resolved)));

        using var page = await anonymous.GetAsync(path);
        using var confirmed = await anonymous.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, confirmed.StatusCode);
        var after = await host.AlertAsync(alert);
        Assert.Equal("Resolved", after.GetProperty("status").GetString());
        Assert.True(!after.TryGetProperty("acknowledgement", out var acknowledgement) || acknowledgement.ValueKind == JsonValueKind.Null, after.ToString());
        Assert.Empty(await AuditAsync(host, alert));
    }

    [Fact]
    public async Task Only_email_and_sms_carry_a_link_the_in_app_delivery_none()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var (_, _, alert, _) = await AlertWithLinkAsync(host);
        await host.WaitUntilAsync(() => Task.FromResult(host.Sms.Sent.Any(m => m.AlertId == alert) && host.InApp.Sent.Any(m => m.AlertId == alert)));

        Assert.Contains("/ack/", host.Sms.Sent.Single(m => m.AlertId == alert).AcknowledgeUrl, StringComparison.Ordinal);
        var inApp = host.InApp.Sent.Single(m => m.AlertId == alert);
        Assert.Null(inApp.AcknowledgeUrl);
        Assert.DoesNotContain("/ack/", inApp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/ack/", inApp.Html, StringComparison.Ordinal);
    }

    /// <summary>A critical alert routed to a regional DPO, and the path of the link in their email.</summary>
    private static async Task<(Guid Organization, Guid Regional, Guid Alert, string Path)> AlertWithLinkAsync(ModuleTestHost host)
    {
        var organization = await host.OrganizationAsync();
        var deputy = await host.DpoAsync(organization, "Dieter Deputy", []);
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"], deputy: deputy);
        var alert = await host.RaiseAsync(organization, "Critical", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.AlertId == alert)));
        var message = host.Email.Sent.Single(m => m.AlertId == alert);
        Assert.Equal(regional, message.Recipient.Id);
        return (organization, regional, alert, new Uri(message.AcknowledgeUrl!).AbsolutePath);
    }

    private static async Task<List<JsonElement>> AuditAsync(ModuleTestHost host, Guid alert)
    {
        var page = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?type=alert.acknowledged&subject=alert/{alert}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
