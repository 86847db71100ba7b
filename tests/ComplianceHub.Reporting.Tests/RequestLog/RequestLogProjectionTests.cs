using ComplianceHub.DataSubjectRequests.Contracts;

namespace ComplianceHub.Reporting.Tests.RequestLog;

public sealed class RequestLogProjectionTests : IAsyncLifetime
{
    private static readonly Guid Organization = Guid.NewGuid();
    private static readonly DateTimeOffset Received = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
    private ReportingHarness _reporting = null!;

    public async Task InitializeAsync() => _reporting = await ReportingHarness.StartAsync();

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    private static DataSubjectRequestReceived ReceivedEvent(Guid id) =>
        new() { RequestId = id, OrganizationId = Organization, RequestType = "Access", ReceivedAt = Received, DueAt = Received.AddDays(30) };

    private static DataSubjectRequestExtended ExtendedEvent(Guid id) =>
        new() { RequestId = id, OrganizationId = Organization, ExtendedAt = Received.AddDays(20), DueAt = Received.AddDays(90) };

    private static DataSubjectRequestResponded CompletedEvent(Guid id) =>
        new() { RequestId = id, OrganizationId = Organization, RespondedAt = Received.AddDays(40), Outcome = "Fulfilled" };

    private async Task DeliverAsync<TMessage, TConsumer>(TMessage message)
        where TMessage : class
        where TConsumer : class, IConsumer<TMessage>
    {
        var messageId = NewId.NextGuid();
        await _reporting.Harness.Bus.Publish(message, c => c.MessageId = messageId);
        var consumed = _reporting.Harness.GetConsumerHarness<TConsumer>().Consumed;
        Assert.True(await consumed.Any<TMessage>(x => x.Context.MessageId == messageId));
        Assert.Null(consumed.Select<TMessage>(x => x.Context.MessageId == messageId).First().Exception);
    }

    private Task<List<RequestLogEntry>> EntriesAsync() => _reporting.QueryAsync(db => db.RequestLog.AsNoTracking().ToListAsync());

    [Fact]
    public async Task When_completion_and_extension_arrive_before_receipt_the_entry_ends_up_whole()
    {
        var id = NewId.NextGuid();

        await DeliverAsync<DataSubjectRequestResponded, RequestLogRespondedConsumer>(CompletedEvent(id));
        await DeliverAsync<DataSubjectRequestExtended, RequestLogExtendedConsumer>(ExtendedEvent(id));
        var waiting = Assert.Single(await EntriesAsync());
        Assert.Null(waiting.ReceivedAt);
        await DeliverAsync<DataSubjectRequestReceived, RequestLogReceivedConsumer>(ReceivedEvent(id));

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal("Access", entry.RequestType);
        Assert.Equal(Received, entry.ReceivedAt);
        Assert.Equal(Received.AddDays(90), entry.DueAt); // the receipt's earlier deadline does not undo the extension
        Assert.Equal(Received.AddDays(20), entry.ExtendedAt);
        Assert.Equal(Received.AddDays(40), entry.CompletedAt);
        Assert.Equal("Fulfilled", entry.Outcome);
    }

    [Fact]
    public async Task When_every_event_is_delivered_twice_the_entry_is_the_same_as_after_one_delivery()
    {
        var id = NewId.NextGuid();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await DeliverAsync<DataSubjectRequestReceived, RequestLogReceivedConsumer>(ReceivedEvent(id));
            await DeliverAsync<DataSubjectRequestExtended, RequestLogExtendedConsumer>(ExtendedEvent(id));
            await DeliverAsync<DataSubjectRequestResponded, RequestLogRespondedConsumer>(CompletedEvent(id));
        }

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((Received, Received.AddDays(90), Received.AddDays(20), Received.AddDays(40), "Fulfilled"),
            (entry.ReceivedAt!.Value, entry.DueAt!.Value, entry.ExtendedAt!.Value, entry.CompletedAt!.Value, entry.Outcome));
    }

    [Fact]
    public async Task When_a_request_was_never_received_it_stays_out_of_the_log_report()
    {
        await DeliverAsync<DataSubjectRequestResponded, RequestLogRespondedConsumer>(CompletedEvent(NewId.NextGuid()));
        var received = NewId.NextGuid();
        await DeliverAsync<DataSubjectRequestReceived, RequestLogReceivedConsumer>(ReceivedEvent(received));

        var report = await _reporting.GenerateAsync(Organization, ReportType.DataSubjectRequestLog, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "UTC");

        Assert.Equal(1, report.RowCount);
        Assert.Contains(received.ToString(), await _reporting.ContentAsync(report.Id), StringComparison.Ordinal);
    }
}
