using ComplianceHub.Reporting.Reports.Verify;

namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class ReportIntegrityTests : IAsyncLifetime
{
    private static readonly Guid Organization = Guid.NewGuid();
    private ReportingHarness _reporting = null!;

    public async Task InitializeAsync()
    {
        _reporting = await ReportingHarness.StartAsync();
        var received = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        await _reporting.SeedAsync(db => db.RequestLog.AddRange(Enumerable.Range(0, 50).Select(n => new RequestLogEntry
        {
            RequestId = Guid.NewGuid(), OrganizationId = Organization, RequestType = "Erasure", ReceivedAt = received.AddHours(n), DueAt = received.AddHours(n).AddDays(30),
        })));
    }

    public async Task DisposeAsync() => await _reporting.DisposeAsync();

    private Task<Report> GenerateAsync() =>
        _reporting.GenerateAsync(Organization, ReportType.DataSubjectRequestLog, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    private Task<ReportVerification> VerifyAsync(Guid id, string activeKey = "k1") => _reporting.QueryAsync(async db =>
        await VerifyReportEndpoint.VerifyAsync(
            db, await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id), new ReportSignatures(ReportingHarness.Ring(activeKey)), _reporting.Clock, CancellationToken.None));

    [Fact]
    public async Task When_nothing_changed_the_digest_and_the_signature_verify()
    {
        var report = await GenerateAsync();

        var verification = await VerifyAsync(report.Id);

        Assert.True(verification.Valid);
        Assert.True(verification.SignatureValid);
        Assert.Equal(report.Sha256, verification.Sha256);
        Assert.Equal(report.Sha256, verification.StoredSha256);
        Assert.Equal("k1", verification.KeyId);
        Assert.Equal(ReportingHarness.Now, verification.CheckedAt);
    }

    [Fact]
    public async Task When_the_emailed_summary_is_changed_after_signing_verify_fails_on_the_signature()
    {
        var report = await GenerateAsync();
        Assert.StartsWith(ReportSignatures.V2Prefix, report.Signature, StringComparison.Ordinal);
        Assert.NotNull(report.Summary);
        const string altered = "{\"requests\":{\"received\":0}}";
        await _reporting.QueryAsync(db => db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, altered)));

        var verification = await VerifyAsync(report.Id);

        Assert.False(verification.Valid);
        Assert.False(verification.SignatureValid);
        Assert.Equal(verification.StoredSha256, verification.Sha256); // the content is intact; the summary is not
        Assert.Equal("v2", verification.SignatureScheme);
    }

    [Fact]
    public async Task When_a_report_was_signed_with_the_v1_scheme_it_still_verifies_and_a_v2_signature_cannot_pass_as_v1()
    {
        var report = await GenerateAsync();
        var v2 = report.Signature!;
        // As reports were signed before v2: directly under the ring key.
        var v1 = ComplianceHub.Testing.Keys.LegacyRecordSignature.Of(
            ReportingHarness.KeyMaterial["k1"], ReportSignatures.Purpose, ReportSignatures.Data(report, report.Sha256!));
        await _reporting.QueryAsync(db => db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Signature, v1)));

        var old = await VerifyAsync(report.Id);

        Assert.True(old.Valid);
        Assert.Equal("v1", old.SignatureScheme);

        var stripped = v2[ReportSignatures.V2Prefix.Length..];
        await _reporting.QueryAsync(db => db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Signature, stripped)));
        var downgraded = await VerifyAsync(report.Id);
        Assert.False(downgraded.SignatureValid);
    }

    [Fact]
    public async Task When_one_byte_of_a_stored_chunk_changes_verify_fails_on_the_digest()
    {
        var report = await GenerateAsync();
        await _reporting.QueryAsync(async db =>
        {
            var chunk = await db.ReportChunks.SingleAsync(c => c.ReportId == report.Id && c.Sequence == 0);
            var data = chunk.Data.ToArray();
            data[200] ^= 0x01;
            db.Entry(chunk).Property(c => c.Data).CurrentValue = data;
            return await db.SaveChangesAsync();
        });

        var verification = await VerifyAsync(report.Id);

        Assert.False(verification.Valid);
        Assert.NotEqual(verification.StoredSha256, verification.Sha256);
        Assert.True(verification.SignatureValid); // the record of what was generated is intact; the content is not
    }

    [Fact]
    public async Task When_the_stored_signature_or_digest_is_replaced_verify_fails_on_the_signature()
    {
        var report = await GenerateAsync();
        var forged = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await _reporting.QueryAsync(db => db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Signature, forged)));

        var verification = await VerifyAsync(report.Id);

        Assert.False(verification.Valid);
        Assert.False(verification.SignatureValid);
        Assert.Equal(verification.StoredSha256, verification.Sha256);
    }

    [Fact]
    public async Task When_content_and_digest_are_both_rewritten_the_signature_still_gives_it_away()
    {
        var report = await GenerateAsync();
        var empty = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([]));
        await _reporting.QueryAsync(async db =>
        {
            await db.ReportChunks.Where(c => c.ReportId == report.Id).ExecuteDeleteAsync();
            return await db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Sha256, empty));
        });

        var verification = await VerifyAsync(report.Id);

        Assert.Equal(empty, verification.Sha256);
        Assert.Equal(empty, verification.StoredSha256);
        Assert.False(verification.SignatureValid);
        Assert.False(verification.Valid);
    }

    [Fact]
    public async Task When_the_signing_key_has_rotated_a_report_signed_before_still_verifies_with_its_key()
    {
        var report = await GenerateAsync();

        var verification = await VerifyAsync(report.Id, activeKey: "k2");

        Assert.True(verification.Valid);
        Assert.Equal("k1", verification.KeyId);
    }

    [Fact]
    public async Task When_generate_report_is_delivered_again_after_completion_nothing_changes()
    {
        var report = await GenerateAsync();
        _reporting.Clock.Advance(TimeSpan.FromHours(1));

        var again = await _reporting.DeliverAsync(report.Id);

        Assert.Equal(report.CompletedAt, again.CompletedAt);
        Assert.Equal(report.Sha256, again.Sha256);
        Assert.Equal(report.Signature, again.Signature);
        var chunks = await _reporting.QueryAsync(db => db.ReportChunks.CountAsync(c => c.ReportId == report.Id));
        Assert.Equal(1, chunks);
    }

    [Fact]
    public async Task When_a_half_written_report_is_delivered_again_it_is_written_from_scratch()
    {
        var report = await GenerateAsync();
        await _reporting.QueryAsync(async db =>
        {
            db.ReportChunks.Add(new ReportChunk { ReportId = report.Id, Sequence = 7, Data = [1, 2, 3] });
            await db.SaveChangesAsync();
            return await db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Generating));
        });

        var again = await _reporting.DeliverAsync(report.Id);

        Assert.Equal(ReportStatus.Completed, again.Status);
        Assert.Equal(report.Sha256, again.Sha256);
        Assert.True((await VerifyAsync(report.Id)).Valid);
    }

    [Fact]
    public async Task When_generation_fails_for_good_the_report_is_failed_with_the_kind_of_error_only()
    {
        var report = await GenerateAsync();
        // A zone this machine does not know (say, removed by a tzdata update): generation throws every time.
        await _reporting.QueryAsync(db => db.Reports.Where(r => r.Id == report.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Pending).SetProperty(r => r.TimeZone, "Mars/Olympus_Mons")));

        await _reporting.Harness.Bus.Publish(new GenerateReport { ReportId = report.Id });
        Assert.True(await _reporting.Harness.GetConsumerHarness<GenerateReportFaultConsumer>().Consumed.Any<MassTransit.Fault<GenerateReport>>());

        var failed = await _reporting.ReportAsync(report.Id);
        Assert.Equal(ReportStatus.Failed, failed.Status);
        Assert.Contains("System.TimeZoneNotFoundException", failed.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Mars", failed.Failure, StringComparison.Ordinal);
    }
}
