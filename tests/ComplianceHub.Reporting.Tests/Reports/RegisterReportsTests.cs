namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class RegisterReportsTests : IAsyncLifetime
{
    private static readonly Guid Organization = Guid.Parse("00000000-0000-0000-0000-0000000000bb");
    private static readonly DateTimeOffset Registered = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private ReportingHarness _reporting = null!;

    public async Task InitializeAsync() => _reporting = await ReportingHarness.StartAsync();

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static RegisterChange Change(RegisterKind register, ChangeAction action, int entry, string at, string snapshot, Guid? organization = null, params string[] fields) => new()
    {
        OrganizationId = organization ?? Organization,
        Register = register,
        EntryId = Id(entry),
        Action = action,
        ChangedAt = Utc(at),
        ChangedBy = "key:1",
        ChangedFields = [.. fields],
        Snapshot = snapshot,
    };

    [Fact]
    public async Task When_the_week_of_the_spring_dst_change_is_reported_every_register_change_in_it_is_listed_in_berlin_time()
    {
        const string payroll = """{"id":"x","name":"Payroll"}""";
        await _reporting.SeedAsync(db => db.RegisterChanges.AddRange(
            Change(RegisterKind.ProcessingActivity, ChangeAction.Created, 1, "2026-03-10T10:00:00Z", payroll, null, "name"),
            Change(RegisterKind.ProcessingActivity, ChangeAction.Created, 2, "2026-03-22T23:00:00Z", """{"name":"CRM"}""", null, "name", "purposes"),
            Change(RegisterKind.ProcessingActivity, ChangeAction.Updated, 1, "2026-03-29T01:30:00Z", payroll, null, "retention"),
            Change(RegisterKind.Transfer, ChangeAction.Created, 3, "2026-03-25T09:00:00Z", """{"recipient":"Acme, Inc."}""", null, "recipient", "destinationCountry"),
            Change(RegisterKind.ProcessingActivity, ChangeAction.Deleted, 1, "2026-03-29T21:59:59Z", payroll),
            Change(RegisterKind.ProcessingActivity, ChangeAction.Created, 4, "2026-03-29T22:00:00Z", """{"name":"Next week"}""", null, "name"),
            Change(RegisterKind.ProcessingActivity, ChangeAction.Created, 5, "2026-03-25T09:00:00Z", """{"name":"Other org"}""", Guid.NewGuid(), "name")));

        var report = await _reporting.GenerateAsync(Organization, ReportType.ProcessingActivitySummary, new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29));

        Assert.Equal(string.Join("\r\n",
            "changedAt,register,action,entryId,name,changedFields",
            $"2026-03-23T00:00:00+01:00,ProcessingActivity,Created,{Id(2)},CRM,name; purposes",
            $"2026-03-25T10:00:00+01:00,Transfer,Created,{Id(3)},\"Acme, Inc.\",recipient; destinationCountry",
            $"2026-03-29T03:30:00+02:00,ProcessingActivity,Updated,{Id(1)},Payroll,retention",
            $"2026-03-29T23:59:59+02:00,ProcessingActivity,Deleted,{Id(1)},Payroll,",
            ""), await _reporting.ContentAsync(report.Id));
        Assert.Equal(
            """{"rows":4,"counts":{"activitiesAtPeriodEnd":1,"changes":4,"processingActivityCreated":1,"processingActivityDeleted":1,"processingActivityUpdated":1,"processorCreated":0,"processorDeleted":0,"processorUpdated":0,"transferCreated":1,"transferDeleted":0,"transferUpdated":0},"flags":{}}""",
            report.Summary);
    }

    private static Transfer Transfer(int n, string recipient, string country, TransferMechanism mechanism, DateOnly? assessed = null, DateOnly? expires = null) => new()
    {
        Id = Id(n),
        OrganizationId = Organization,
        Recipient = recipient,
        DestinationCountry = country,
        Mechanism = mechanism,
        ImpactAssessedOn = assessed,
        ExpiresOn = expires,
        CreatedAt = Registered.AddMinutes(n),
        UpdatedAt = Registered.AddMinutes(n),
    };

    /// <summary>What Notifications publishes when a delivery handed personal data to a provider in a third country.</summary>
    private async Task TransferredAsync(int attempt, Guid? transfer, string at, string country = "BR", Guid? organization = null)
    {
        var messageId = NewId.NextGuid();
        await _reporting.Harness.Bus.Publish(
            new PersonalDataTransferred
            {
                DeliveryAttemptId = Id(attempt),
                OrganizationId = organization ?? Organization,
                TransferId = transfer,
                Basis = transfer is null ? "Adequacy" : "BCR",
                Channel = "Email",
                Recipient = "Group Entity",
                DestinationCountry = country,
                TransferredAt = Utc(at),
            },
            c => c.MessageId = messageId);
        Assert.True(await _reporting.Harness.GetConsumerHarness<PersonalDataTransferredConsumer>().Consumed
            .Any<PersonalDataTransferred>(x => x.Context.MessageId == messageId));
    }

    [Fact]
    public async Task When_the_third_quarter_is_audited_each_transfer_carries_the_flags_of_its_safeguard_on_the_last_day()
    {
        await _reporting.SeedAsync(db => db.Transfers.AddRange(
            Transfer(1, "Swiss Hosting AG", "CH", TransferMechanism.Adequacy),
            Transfer(2, "US Cloud Inc", "US", TransferMechanism.Adequacy),
            Transfer(3, "Mumbai Support Pvt", "IN", TransferMechanism.Adequacy),
            Transfer(4, "Brazil Analytics", "BR", TransferMechanism.SCC, expires: new DateOnly(2026, 9, 29)),
            Transfer(5, "Group Entity", "BR", TransferMechanism.BCR, assessed: new DateOnly(2026, 1, 10), expires: new DateOnly(2026, 9, 30)),
            Transfer(6, "Event Partner", "ZA", TransferMechanism.Derogation),
            Transfer(7, "Irish Office", "IE", TransferMechanism.SCC)));
        // Deliveries through channel providers in the quarter (Berlin time), a redelivered event, and some that do not count.
        await TransferredAsync(11, Id(5), "2026-08-01T10:00:00Z");
        await TransferredAsync(11, Id(5), "2026-08-01T10:00:00Z");
        await TransferredAsync(12, Id(5), "2026-09-30T21:59:59Z");
        await TransferredAsync(13, Id(5), "2026-09-30T22:00:00Z");
        await TransferredAsync(14, null, "2026-07-15T08:00:00Z", "CH");
        await TransferredAsync(15, Id(1), "2026-06-30T21:59:59Z", "CH");
        await TransferredAsync(16, Id(1), "2026-08-01T10:00:00Z", "CH", Guid.NewGuid());
        Assert.Equal(6, await _reporting.QueryAsync(db => db.PerformedTransfers.CountAsync()));

        var report = await _reporting.GenerateAsync(Organization, ReportType.CrossBorderTransferAudit, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));

        Assert.Equal(string.Join("\r\n",
            "transferId,recipient,destinationCountry,mechanism,impactAssessedOn,expiresOn,flags,deliveries",
            $"{Id(1)},Swiss Hosting AG,CH,Adequacy,,,,0",
            $"{Id(2)},US Cloud Inc,US,Adequacy,,,ScopedAdequacy,0",
            $"{Id(3)},Mumbai Support Pvt,IN,Adequacy,,,NoSafeguard,0",
            $"{Id(4)},Brazil Analytics,BR,SCC,,2026-09-29,MissingImpactAssessment Expired,0",
            $"{Id(5)},Group Entity,BR,BCR,2026-01-10,2026-09-30,,2",
            $"{Id(6)},Event Partner,ZA,Derogation,,,Derogation,0",
            $"{Id(7)},Irish Office,IE,SCC,,,,0",
            ""), await _reporting.ContentAsync(report.Id));
        Assert.Equal(
            """{"rows":7,"counts":{"deliveries":3,"deliveriesWithoutEntry":1,"flagged":4,"transfers":7},"flags":{"Derogation":1,"Expired":1,"MissingImpactAssessment":1,"NoSafeguard":1,"ScopedAdequacy":1},"byMechanism":{"Adequacy":3,"BCR":1,"Derogation":1,"SCC":2}}""",
            report.Summary);
    }

    private static Processor Processor(int n, string name, string country, ProcessorStatus status, DateOnly? dpa, DateOnly? audit, params string[] subProcessors) => new()
    {
        Id = Id(n),
        OrganizationId = Organization,
        Name = name,
        Country = country,
        Status = status,
        DpaSignedOn = dpa,
        LastAuditOn = audit,
        SubProcessors = [.. subProcessors],
        CreatedAt = Registered.AddMinutes(n),
        UpdatedAt = Registered.AddMinutes(n),
    };

    [Fact]
    public async Task When_november_is_reported_processors_without_a_dpa_or_a_recent_audit_are_flagged()
    {
        await _reporting.SeedAsync(db =>
        {
            db.Processors.AddRange(
                Processor(1, "Payroll GmbH", "DE", ProcessorStatus.Active, new DateOnly(2024, 1, 1), new DateOnly(2025, 11, 30), "Cloud A", "Cloud B"),
                Processor(2, "Mailer Ltd", "GB", ProcessorStatus.Active, null, new DateOnly(2025, 11, 29)),
                Processor(3, "US Analytics", "US", ProcessorStatus.Active, new DateOnly(2026, 12, 5), null),
                Processor(4, "Old Vendor", "FR", ProcessorStatus.Terminated, null, null));
            db.Transfers.Add(Transfer(9, "mailer ltd", "GB", TransferMechanism.Adequacy));
        });

        var report = await _reporting.GenerateAsync(Organization, ReportType.ProcessorCompliance, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(string.Join("\r\n",
            "processorId,name,country,status,dpaSignedOn,subProcessors,lastAuditOn,flags",
            $"{Id(1)},Payroll GmbH,DE,Active,2024-01-01,Cloud A; Cloud B,2025-11-30,",
            $"{Id(2)},Mailer Ltd,GB,Active,,,2025-11-29,MissingDpa AuditOverdue",
            $"{Id(3)},US Analytics,US,Active,2026-12-05,,,MissingDpa AuditOverdue ThirdCountryWithoutTransfer",
            $"{Id(4)},Old Vendor,FR,Terminated,,,,",
            ""), await _reporting.ContentAsync(report.Id));
        Assert.Equal(
            """{"rows":4,"counts":{"flagged":2,"processors":4},"flags":{"AuditOverdue":2,"MissingDpa":2,"ThirdCountryWithoutTransfer":1},"byStatus":{"Active":3,"Terminated":1}}""",
            report.Summary);
    }

    [Fact]
    public async Task When_the_audit_interval_is_configured_shorter_an_audit_within_a_year_is_already_overdue()
    {
        await using var reporting = await ReportingHarness.StartAsync(new ReportingOptions { ProcessorAuditInterval = TimeSpan.FromDays(90) });
        await reporting.SeedAsync(db => db.Processors.Add(Processor(1, "Payroll GmbH", "DE", ProcessorStatus.Active, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 1))));

        var report = await reporting.GenerateAsync(Organization, ReportType.ProcessorCompliance, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.EndsWith(",2026-06-01,AuditOverdue\r\n", await reporting.ContentAsync(report.Id), StringComparison.Ordinal);
    }
}
