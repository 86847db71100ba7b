namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>Every recorded change of the transfer register leaves a TransferRegisterChanged in the outbox of its transaction; nothing else does.</summary>
public sealed class TransferEventsTests
{
    [Fact]
    public async Task Should_publish_one_event_per_recorded_change_and_none_for_a_refused_or_empty_one()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var body = new { recipient = "Mailer Inc", destinationCountry = "IN", mechanism = "SCC", impactAssessedOn = "2026-01-10" };
        using var created = await dpo.PostAsJsonAsync("/api/v1/transfers", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        using var same = await dpo.PutAsJsonAsync($"/api/v1/transfers/{id}", new { revision = 1, body.recipient, body.destinationCountry, body.mechanism, body.impactAssessedOn });
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        using var changed = await dpo.PutAsJsonAsync($"/api/v1/transfers/{id}", new { revision = 1, body.recipient, body.destinationCountry, mechanism = "BCR", body.impactAssessedOn });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var stale = await dpo.PutAsJsonAsync($"/api/v1/transfers/{id}", new { revision = 1, body.recipient, body.destinationCountry, mechanism = "Derogation" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var deleted = await dpo.DeleteAsync($"/api/v1/transfers/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var published = await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.EndsWith(":TransferRegisterChanged")).OrderBy(m => m.SequenceNumber).ToListAsync());
        Assert.Equal(3, published.Count);
    }
}
