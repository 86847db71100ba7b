using ComplianceHub.DataSubjectRequests.Retention;

namespace ComplianceHub.DataSubjectRequests.Tests.Workflow;

/// <summary>Answered requests are kept for accountability (Art. 5(2)), then deleted with everything about them.</summary>
public sealed class RequestRetentionTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task When_the_retention_has_passed_an_answered_request_is_deleted_and_an_open_one_is_kept()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1)), null,
            "Modules:DataSubjectRequests:Retention=30.00:00:00", "Modules:DataSubjectRequests:RetentionSweepInterval=30.00:00:00"));
        var organization = await host.OrganizationAsync("DE");
        var answered = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        var open = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        await host.RespondFulfilledAsync(answered, ReceivedAt.AddHours(1));
        var retention = host.App.Services.GetRequiredService<RequestRetention>();

        host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await retention.RunOnceAsync(CancellationToken.None));

        host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/v1/data-subject-requests/{answered}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/v1/data-subject-requests/{open}")).StatusCode);
        Assert.Equal(0, await host.WithDbAsync(db => db.Timeline.CountAsync(t => t.RequestId == answered)));
        Assert.Equal(0, await host.WithDbAsync(db => db.SubjectKeys.CountAsync(k => k.RequestId == answered)));
        Assert.Equal(0, await host.WithDbAsync(db => db.Workflows.CountAsync(w => w.CorrelationId == answered)));
        Assert.Equal(1, await host.WithDbAsync(db => db.SubjectKeys.CountAsync(k => k.RequestId == open)));
    }
}
