using ComplianceHub.Notifications.ReportDistribution;

namespace ComplianceHub.Notifications.Tests.ReportDistribution;

/// <summary>A report's email reaches a real SMTP server on loopback, with the CSV attached and evidence per recipient.</summary>
public sealed class ReportEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_report_email_arrives_at_every_recipient_with_the_csv_attached_and_evidence_kept()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await StartOnRelayAsync(smtp,
            "Modules:Notifications:Email:From=reports@compliancehub.example");
        var csv = Encoding.UTF8.GetBytes("transfer,recipient,mechanism,flag\r\nT-1,Acme Inc.,SCC,expired\r\n");
        var request = new ReportDistributionRequested
        {
            ReportId = NewId.NextGuid(),
            OrganizationId = Guid.NewGuid(),
            ReportType = "CrossBorderTransferAudit",
            PeriodStart = new DateOnly(2026, 1, 1),
            PeriodEnd = new DateOnly(2026, 3, 31),
            Recipients = ["dpo@example.eu", "group.dpo@example.eu"],
            Subject = "Cross-border Transfer Audit, Q1 2026",
            HtmlSummary = "<h1>Cross-border Transfer Audit</h1><p>1 transfer with an expired safeguard.</p>",
            AttachmentFileName = "cross-border-transfer-audit-2026-q1.csv",
            Attachment = csv,
            Sha256 = new string('a', 64),
        };

        await host.App.Services.GetRequiredService<IBus>().Publish(request);

        var received = new List<MimeMessage>();
        foreach (var address in request.Recipients)
        {
            received.Add(await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(t => t.Address == address), TimeSpan.FromSeconds(30)));
        }

        Assert.All(received, message =>
        {
            Assert.Equal(request.Subject, message.Subject);
            Assert.Equal(request.ReportId.ToString(), message.Headers[ReportEmailComposer.ReportHeader]);
            Assert.Equal(request.HtmlSummary, message.HtmlBody!.TrimEnd());
            var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal("text/csv", attachment.ContentType.MimeType);
            Assert.Equal(request.AttachmentFileName, attachment.FileName);
            using var bytes = new MemoryStream();
            attachment.Content!.DecodeTo(bytes);
            Assert.Equal(csv, bytes.ToArray());
        });
        Assert.NotEqual(received[0].MessageId, received[1].MessageId);

        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.ReportDeliveryAttempts.CountAsync(a => a.ReportId == request.ReportId)) == 2);
        var evidence = await host.WithDbAsync(db => db.ReportDeliveryAttempts.AsNoTracking().Where(a => a.ReportId == request.ReportId).OrderBy(a => a.RecipientIndex).ToListAsync());
        await using var scope = host.App.Services.CreateAsyncScope();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        Assert.All(evidence, attempt =>
        {
            Assert.Equal(DeliveryOutcome.Delivered, attempt.Outcome);
            Assert.Equal(received[attempt.RecipientIndex].MessageId, attempt.ProviderMessageId);
            Assert.DoesNotContain("@", attempt.Address, StringComparison.Ordinal);
            Assert.Equal(request.Recipients[attempt.RecipientIndex], protector.Unprotect(attempt.Address, attempt.Id, nameof(ReportDeliveryAttempt.Address)));
        });
    }

    [Fact]
    public async Task When_the_relay_refuses_a_recipient_Should_record_the_failure_without_retrying()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.RejectRecipients = true;
        await using var host = await StartOnRelayAsync(smtp);
        var reportId = NewId.NextGuid();

        await host.App.Services.GetRequiredService<IBus>().Publish(new ReportDistributionRequested
        {
            ReportId = reportId, OrganizationId = Guid.NewGuid(), ReportType = "ProcessorCompliance",
            PeriodStart = new DateOnly(2026, 3, 1), PeriodEnd = new DateOnly(2026, 3, 31), Recipients = ["dpo@example.eu"],
            Subject = "Processor Compliance, March 2026", HtmlSummary = "<p>ok</p>", AttachmentFileName = "processors.csv", Attachment = null,
            Sha256 = new string('b', 64),
        });

        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.ReportDeliveryAttempts.AnyAsync(a => a.ReportId == reportId)));
        await Task.Delay(500);
        var attempt = Assert.Single(await host.WithDbAsync(db => db.ReportDeliveryAttempts.AsNoTracking().Where(a => a.ReportId == reportId).ToListAsync()));
        Assert.Equal(DeliveryOutcome.Failed, attempt.Outcome);
        Assert.StartsWith("SMTP 5", attempt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_relay_is_down_Should_retry_and_deliver_once_it_is_back()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await smtp.StopAsync();
        await using var host = await StartOnRelayAsync(smtp,
            "Modules:Notifications:Email:Timeout=00:00:02");
        var reportId = NewId.NextGuid();

        await host.App.Services.GetRequiredService<IBus>().Publish(new ReportDistributionRequested
        {
            ReportId = reportId, OrganizationId = Guid.NewGuid(), ReportType = "DataSubjectRequestLog",
            PeriodStart = new DateOnly(2026, 3, 1), PeriodEnd = new DateOnly(2026, 3, 31), Recipients = ["dpo@example.eu"],
            Subject = "Data Subject Request Log, March 2026", HtmlSummary = "<p>3 requests</p>", AttachmentFileName = "requests.csv",
            Attachment = Encoding.UTF8.GetBytes("id,type\r\n1,Access\r\n"), Sha256 = new string('c', 64),
        });
        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.ReportDeliveryAttempts.AnyAsync(a => a.ReportId == reportId)));
        await smtp.StartAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(6));

        var received = await smtp.WaitForMessageAsync(m => m.Headers[ReportEmailComposer.ReportHeader] == reportId.ToString(), TimeSpan.FromSeconds(30));
        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.ReportDeliveryAttempts.AnyAsync(a => a.ReportId == reportId && a.Outcome == DeliveryOutcome.Delivered)));
        var attempts = await host.WithDbAsync(db => db.ReportDeliveryAttempts.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.Attempt).ToListAsync());
        Assert.Equal([(1, DeliveryOutcome.Failed), (2, DeliveryOutcome.Delivered)], attempts.Select(a => (a.Attempt, a.Outcome)));
        Assert.Equal(received.MessageId, attempts[1].ProviderMessageId);
        Assert.Single(smtp.Messages, m => m.Headers[ReportEmailComposer.ReportHeader] == reportId.ToString());
    }

    [Fact]
    public async Task When_the_relay_is_in_a_third_country_Should_refuse_the_report_without_a_safeguard_and_record_the_transfer_with_one()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await StartOnRelayAsync(smtp,
            "Modules:Notifications:Email:ProviderName=Mailer Inc", "Modules:Notifications:Email:ProviderCountry=IN");
        var organization = Guid.NewGuid();
        var bus = host.App.Services.GetRequiredService<IBus>();

        var refused = Report(organization);
        await bus.Publish(refused);
        await host.WaitUntilAsync(async () => await host.WithDbAsync(db => db.ReportDeliveryAttempts.AnyAsync(a => a.ReportId == refused.ReportId)));
        var attempt = Assert.Single(await host.WithDbAsync(db => db.ReportDeliveryAttempts.AsNoTracking().Where(a => a.ReportId == refused.ReportId).ToListAsync()));
        Assert.Equal(DeliveryOutcome.Refused, attempt.Outcome);
        Assert.Equal("No Chapter V safeguard for Mailer Inc in IN: no transfer is registered for it.", attempt.Error);
        Assert.Empty(smtp.Messages);
        Assert.Empty(await TransfersAsync(host));

        var transfer = Guid.NewGuid();
        await bus.Publish(new TransferRegisterChanged
        {
            TransferId = transfer, OrganizationId = organization, Revision = 1, Recipient = "Mailer Inc", DestinationCountry = "IN",
            Mechanism = "SCC", ImpactAssessedOn = new DateOnly(2026, 1, 10), Removed = false, ChangedAt = Now,
        });
        await host.WaitUntilAsync(() => host.WithDbAsync(db => db.TransferSafeguards.AnyAsync(t => t.TransferId == transfer)));
        var sent = Report(organization);
        await bus.Publish(sent);

        await smtp.WaitForMessageAsync(m => m.Headers[ReportEmailComposer.ReportHeader] == sent.ReportId.ToString(), TimeSpan.FromSeconds(30));
        await host.WaitUntilAsync(async () => (await TransfersAsync(host)).Count == 1);
        var delivered = Assert.Single(await host.WithDbAsync(db => db.ReportDeliveryAttempts.AsNoTracking().Where(a => a.ReportId == sent.ReportId).ToListAsync()));
        Assert.Equal(DeliveryOutcome.Delivered, delivered.Outcome);
        Assert.Single(await TransfersAsync(host));
    }

    /// <summary>The module at <see cref="Now"/> with its email channel on <paramref name="smtp"/> in clear text (the relay is on loopback).</summary>
    private static Task<ModuleTestHost> StartOnRelayAsync(SmtpTestServer smtp, params string[] settings) =>
        ModuleTestHost.StartAsync(h => h.Notifications(Now,
        [
            "Modules:Notifications:Email:Mode=Smtp", $"Modules:Notifications:Email:Host={smtp.Host}",
            $"Modules:Notifications:Email:Port={smtp.Port.ToString(CultureInfo.InvariantCulture)}", "Modules:Notifications:Email:Security=None",
            .. settings,
        ]));

    private static ReportDistributionRequested Report(Guid organization) => new()
    {
        ReportId = NewId.NextGuid(), OrganizationId = organization, ReportType = "ProcessorCompliance",
        PeriodStart = new DateOnly(2026, 3, 1), PeriodEnd = new DateOnly(2026, 3, 31), Recipients = ["dpo@example.eu"],
        Subject = "Processor Compliance, March 2026", HtmlSummary = "<p>ok</p>", AttachmentFileName = "processors.csv", Attachment = null,
        Sha256 = new string('d', 64),
    };

    private static Task<List<OutboxMessage>> TransfersAsync(ModuleTestHost host) =>
        host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DueAt == null && m.MessageType.EndsWith(":PersonalDataTransferred")).ToListAsync());
}
