namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>
/// Issue 16: encrypted columns refuse plaintext. An address written into <c>dpos</c> around the application (by SQL) is
/// never used: nothing is sent to it, the attempt is recorded as failed, and the platform gets an Operations alert.
/// </summary>
public sealed class PlaintextAtRestTests
{
    private const string Planted = "attacker@evil.example";

    [Fact]
    public async Task A_plaintext_email_written_into_the_dpos_table_is_not_used_for_delivery()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"]);
        var changed = await host.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE dpos SET Email = {Planted} WHERE Id = {regional}"));
        Assert.Equal(1, changed);

        var alert = await host.RaiseAsync(organization, "Critical", "DE");

        await host.WaitUntilAsync(async () => (await host.AlertAsync(alert)).GetProperty("deliveries").GetArrayLength() >= 3);
        var deliveries = (await host.AlertAsync(alert)).GetProperty("deliveries").EnumerateArray().ToList();
        var email = deliveries.Single(d => d.GetProperty("channel").GetString() == "Email");
        Assert.Equal("Failed", email.GetProperty("outcome").GetString());
        Assert.Contains("not ciphertext", email.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(deliveries, d => Assert.NotEqual("Delivered", d.GetProperty("outcome").GetString()));
        Assert.DoesNotContain(host.Email.Sent, m => m.AlertId == alert);
        Assert.DoesNotContain(host.Sms.Sent, m => m.AlertId == alert);
        Assert.DoesNotContain(host.InApp.Sent, m => m.AlertId == alert);
        Assert.DoesNotContain(Planted, JsonSerializer.Serialize(deliveries), StringComparison.Ordinal);

        await host.WaitUntilAsync(async () => (await host.ListAlertsAsync("?type=Operations")).Count == 1);
        var operations = Assert.Single(await host.ListAlertsAsync("?type=Operations"));
        Assert.Contains("personal data refused", operations.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_protector_refuses_the_plaintext_with_a_warning_naming_field_and_record_but_not_the_value()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var protector = host.App.Services.GetRequiredService<PersonalDataProtector>();
        var record = Guid.NewGuid();

        var refused = Assert.Throws<UnreadablePersonalDataException>(() => protector.Unprotect(Planted, record, "Email"));

        Assert.Equal(record, refused.RecordId);
        Assert.Equal("Email", refused.Field);
        Assert.DoesNotContain(Planted, refused.ToString(), StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Security.Cryptography.CryptographicException>(refused);
    }
}
