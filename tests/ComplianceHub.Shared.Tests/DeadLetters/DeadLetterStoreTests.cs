namespace ComplianceHub.Shared.Tests.DeadLetters;

public sealed class DeadLetterStoreTests
{
    [Fact]
    public async Task A_poison_message_is_dead_lettered_after_its_retries_while_the_healthy_ones_behind_it_are_processed()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=3", "Messaging:Retry:BaseDelay=00:00:00.050"));
        var poison = Guid.NewGuid();

        var entry = await PoisonCheck.RunAsync(host, poison, healthy: 200, TimeSpan.FromSeconds(60));

        Assert.Contains("RecordEntry", entry.MessageType, StringComparison.Ordinal);
        Assert.Equal("record-entry", entry.SourceQueue);
        Assert.Equal(typeof(InvalidOperationException).FullName, entry.ExceptionType);
        Assert.Equal("Retries exhausted after 4 attempts: System.InvalidOperationException", entry.Reason);
        Assert.Equal(4, JsonDocument.Parse(entry.Attempts).RootElement.GetArrayLength());
        Assert.Equal(DeadLetterImpact.Default, entry.Impact);
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == poison)));
        // The payload is encrypted at rest, and decrypts to the message as received.
        Assert.Equal(-1, entry.Payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(poison.ToString())));
        Assert.Contains(poison.ToString(), PoisonCheck.DecryptedBody(host, entry), StringComparison.Ordinal);

        await PoisonCheck.FixAndReplayAsync(host, poison, entry.Id, TimeSpan.FromSeconds(20));
        await Task.Delay(500);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == poison && e.Kind == "recorded")));
    }

    [Theory]
    [InlineData("urn:message:ComplianceHub.Breaches.Contracts:BreachReported", 100)]
    [InlineData("urn:message:ComplianceHub.Notifications.Contracts:AlertRaised", 70)]
    [InlineData("urn:message:ComplianceHub.Reporting.Contracts:WeeklyReportRequested", 20)]
    [InlineData("urn:message:ComplianceHub.Testing.Ledger:RecordEntry", 40)]
    [InlineData("urn:message:ComplianceHub.Breaches.Contracts:AuthorityNotificationDue", 100)]
    [InlineData("urn:message:ComplianceHub.Notifications.Delivery:SendAlertOnChannel", 70)]
    [InlineData("urn:message:ComplianceHub.Notifications.Webhooks:SendWebhook", 70)]
    [InlineData("urn:message:ComplianceHub.Notifications.ReportDistribution:SendReportEmails", 20)]
    [InlineData("urn:message:ComplianceHub.Reporting.Contracts:ReportDistributionRequested", 20)]
    public void Triage_ranks_by_legal_impact(string messageType, int impact)
    {
        Assert.Equal(impact, DeadLetterImpact.Of(messageType));
    }
}
