namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>Issue 7: every delivery attempt is kept as evidence with the recipient's address encrypted at rest, and audited (Art. 5(2), 32).</summary>
public sealed class DeliveryEvidenceAtRestTests
{
    [Fact]
    public async Task A_delivery_attempt_stores_the_address_only_as_ciphertext_and_has_its_audit_entry()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var dpo = await host.DpoAsync(organization, "Rita Regional", ["DE"]);
        const string email = "rita.regional@example.eu";

        var alert = await host.RaiseAsync(organization, "Critical", "DE");

        await host.WaitUntilAsync(async () => await host.WithDbAsync(db =>
            db.DeliveryAttempts.CountAsync(a => a.AlertId == alert && a.Outcome == DeliveryOutcome.Delivered)) == 3); // email, SMS, in-app
        var attempts = await host.WithDbAsync(db => db.DeliveryAttempts.AsNoTracking().Where(a => a.AlertId == alert).ToListAsync());
        var sent = Assert.Single(attempts, a => a.Channel == ChannelKind.Email);
        var sms = Assert.Single(attempts, a => a.Channel == ChannelKind.Sms);
        Assert.Equal(dpo, sent.RecipientId);

        // No converter between the entity and the column: what EF reads is what the database holds.
        Assert.Null(await host.WithDbAsync(db => Task.FromResult(
            db.Model.FindEntityType(typeof(DeliveryAttempt))!.FindProperty(nameof(DeliveryAttempt.Address))!.GetValueConverter())));
        Assert.NotNull(sent.Address);
        Assert.DoesNotContain("rita", sent.Address, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.eu", sent.Address, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("15112345678", sms.Address!, StringComparison.Ordinal);
        var protector = host.App.Services.GetRequiredService<PersonalDataProtector>();
        Assert.Equal(email, protector.Unprotect(sent.Address, sent.Id, nameof(DeliveryAttempt.Address)));
        Assert.Equal("+4915112345678", protector.Unprotect(sms.Address!, sms.Id, nameof(DeliveryAttempt.Address)));

        await using var scope = host.App.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.AsNoTracking()
            .Where(e => e.Type == AuditTypes.NotificationDeliveryAttempt && e.Subject == $"alert/{alert}").ToListAsync();
        Assert.Equal("notification.delivery-attempt", AuditTypes.NotificationDeliveryAttempt);
        var entry = Assert.Single(audit, e => e.Data.Contains(sent.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(organization, entry.OrganizationId);
        Assert.Equal(AuditRecord.SystemActor, entry.Actor);
        Assert.Contains("\"channel\":\"Email\"", entry.Data, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"Delivered\"", entry.Data, StringComparison.Ordinal);
        Assert.Contains($"\"recipient\":\"{dpo}\"", entry.Data, StringComparison.Ordinal);
        Assert.All(audit, e => Assert.DoesNotContain("example.eu", e.Data, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(attempts.Count, audit.Count);
    }
}
