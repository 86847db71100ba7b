namespace ComplianceHub.DataSubjectRequests.Tests.Subjects;

/// <summary>
/// Rotating the host key ring reaches the subject keys: the re-encryption job re-wraps them under the new key, after
/// which the old key can leave the ring and every subject still reads back (Art. 32(1)(a), issue 5 point 5).
/// </summary>
public sealed class SubjectKeyRotationTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string Old = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static readonly string New = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task When_the_ring_rotates_the_subject_keys_move_to_the_new_key_and_the_old_key_can_leave()
    {
        var clock = new TravellingClock(ReceivedAt.AddHours(1));
        Guid id;
        string data;
        await using (var first = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(clock, null, Ring("2026-11", ("2026-11", Old)))))
        {
            data = first.DataDirectory;
            id = await first.ReceiveAsync(await first.OrganizationAsync("DE"), "Access", ReceivedAt,
                new { name = "Erika Mustermann", email = "erika.rotation@example.eu", identifier = "CUST-7" });
            Assert.Equal("2026-11", await WrappingKeyAsync(first, id));
        }

        await using (var rotated = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(clock, data, Ring("2026-12", ("2026-11", Old), ("2026-12", New)))))
        {
            // The job runs one interval (at most a minute) after start.
            await rotated.WaitUntilAsync(async () => await WrappingKeyAsync(rotated, id) == "2026-12", TimeSpan.FromSeconds(30));
        }

        await using var withoutOldKey = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(clock, data, Ring("2026-12", ("2026-12", New))));
        var request = await withoutOldKey.GetAsync(id);
        Assert.Equal("erika.rotation@example.eu", request.GetProperty("subject").GetProperty("email").GetString());
        Assert.Equal("CUST-7", request.GetProperty("subject").GetProperty("identifier").GetString());
    }

    private static Task<string?> WrappingKeyAsync(ModuleTestHost host, Guid id) =>
        host.WithDbAsync(async db => PersonalDataProtector.KeyIdOf(await db.SubjectKeys.AsNoTracking().Where(k => k.RequestId == id).Select(k => k.WrappedKey).SingleAsync()));

    private static string[] Ring(string active, params (string Id, string Key)[] keys) =>
    [
        .. keys.SelectMany(k => new[] { $"Security:Messages:SigningKeys:{k.Id}={k.Key}", $"Security:Messages:EncryptionKeys:{k.Id}={k.Key}" }),
        $"Security:Messages:ActiveSigningKey={active}",
        $"Security:Messages:ActiveEncryptionKey={active}",
        "Security:Messages:ReencryptionInterval=00:00:01",
    ];
}
