namespace ComplianceHub.Notifications.Tests.Transfers;

/// <summary>An email relay in India (no adequacy decision): refused without a registered safeguard, used and recorded with one.</summary>
public sealed class ChapterVDeliveryTests
{
    // The tests start at MondayMorning: working hours, so a High alert plans email and in-app.

    private static readonly string[] MailerInIndia =
    [
        "Modules:Notifications:Email:Mode=Smtp",
        "Modules:Notifications:Email:Host=smtp.example.com",
        "Modules:Notifications:Email:ProviderName=Mailer Inc",
        "Modules:Notifications:Email:ProviderCountry=IN",
    ];

    [Fact]
    public async Task When_the_relay_has_no_safeguard_the_email_is_refused_with_evidence_and_sms_takes_over()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning, MailerInIndia));
        var organization = await host.OrganizationAsync();
        var dpo = await host.DpoAsync(organization, "Rita Regional", ["DE"]);

        var id = await host.RaiseAsync(organization, "High", "DE");

        await host.WaitUntilAsync(async () => (await host.AlertAsync(id)).GetProperty("deliveries").GetArrayLength() == 3);
        Assert.Empty(host.Email.Sent);
        Assert.Equal(dpo, Assert.Single(host.Sms.Sent).Recipient.Id);
        Assert.Single(host.InApp.Sent);
        var deliveries = (await host.AlertAsync(id)).GetProperty("deliveries").EnumerateArray().ToList();
        var email = Assert.Single(deliveries, d => d.GetProperty("channel").GetString() == "Email");
        Assert.Equal("Refused", email.GetProperty("outcome").GetString());
        Assert.Equal("No Chapter V safeguard for Mailer Inc in IN: no transfer is registered for it.", email.GetProperty("error").GetString());
        Assert.All(deliveries.Where(d => d.GetProperty("channel").GetString() != "Email"), d => Assert.Equal("Delivered", d.GetProperty("outcome").GetString()));
        Assert.Empty(await TransfersPublishedAsync(host));
    }

    [Fact]
    public async Task With_a_registered_scc_the_email_is_sent_and_the_transfer_recorded_until_the_entry_is_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning, MailerInIndia));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        var entry = new TransferRegisterChanged
        {
            TransferId = Guid.NewGuid(),
            OrganizationId = organization,
            Revision = 1,
            Recipient = "Mailer Inc",
            DestinationCountry = "IN",
            Mechanism = "SCC",
            ImpactAssessedOn = new DateOnly(2026, 1, 10),
            Removed = false,
            ChangedAt = MondayMorning,
        };
        await PublishAsync(host, entry);
        await host.WaitUntilAsync(() => host.WithDbAsync(db => db.TransferSafeguards.AnyAsync(t => t.TransferId == entry.TransferId)));

        var allowed = await host.RaiseAsync(organization, "High", "DE");

        await host.WaitUntilAsync(async () => (await TransfersPublishedAsync(host)).Count == 1);
        var sent = Assert.Single(host.Email.Sent);
        Assert.Equal(allowed, sent.AlertId);
        Assert.Empty(host.Sms.Sent);
        var evidence = (await host.AlertAsync(allowed)).GetProperty("deliveries").EnumerateArray()
            .Single(d => d.GetProperty("channel").GetString() == "Email");
        Assert.Equal("Delivered", evidence.GetProperty("outcome").GetString());

        await PublishAsync(host, entry with { Removed = true, ChangedAt = MondayMorning.AddMinutes(1) });
        await host.WaitUntilAsync(() => host.WithDbAsync(db => db.TransferSafeguards.AnyAsync(t => t.TransferId == entry.TransferId && t.Removed)));
        // A late copy of the creation must not bring the deleted entry back.
        await PublishAsync(host, entry);
        var refused = await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(async () => (await host.AlertAsync(refused)).GetProperty("deliveries").GetArrayLength() == 3);
        Assert.Single(host.Email.Sent);
        Assert.Equal("Refused", (await host.AlertAsync(refused)).GetProperty("deliveries").EnumerateArray()
            .Single(d => d.GetProperty("channel").GetString() == "Email").GetProperty("outcome").GetString());
        Assert.Single(await TransfersPublishedAsync(host));
        Assert.True(await host.WithDbAsync(db => db.TransferSafeguards.AnyAsync(t => t.TransferId == entry.TransferId && t.Removed)));
    }

    [Fact]
    public async Task When_the_relay_has_no_safeguard_the_low_alert_digest_is_refused_for_each_alert()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning, MailerInIndia));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        var id = await host.RaiseAsync(organization, "Low", "DE");
        await host.WaitUntilAsync(() => host.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.DueAt != null && m.MessageType.EndsWith(":SendDigest"))));

        host.Clock.AdvanceTo(new DateTimeOffset(2026, 3, 3, 8, 0, 1, TimeSpan.Zero)); // Tuesday 09:00:01 in Berlin

        await host.WaitUntilAsync(async () => (await host.AlertAsync(id)).GetProperty("deliveries").EnumerateArray()
            .Any(d => d.GetProperty("outcome").GetString() == "Refused"));
        Assert.Empty(host.Email.Sent);
        Assert.Empty(await TransfersPublishedAsync(host));
    }

    private static async Task PublishAsync(ModuleTestHost host, TransferRegisterChanged changed)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(changed);
    }

    private static Task<List<OutboxMessage>> TransfersPublishedAsync(ModuleTestHost host) =>
        host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":PersonalDataTransferred")).ToListAsync());
}
