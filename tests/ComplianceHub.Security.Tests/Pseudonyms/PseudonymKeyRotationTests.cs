namespace ComplianceHub.Security.Tests.Pseudonyms;

/// <summary>Principals' pseudonyms are under a key of their own: rotating the message signing key keeps them and their baselines.</summary>
public sealed class PseudonymKeyRotationTests : IDisposable
{
    private static readonly string OldSigningKey = NewKey();
    private static readonly string NewSigningKey = NewKey();
    private static readonly string EncryptionKey = NewKey();
    private static readonly string Pseudonyms = NewKey();

    private readonly string _data = Directory.CreateTempSubdirectory("ch-security-rotation-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task When_the_signing_key_rotates_a_principals_pseudonym_and_baseline_stay_the_same()
    {
        Guid organization;
        string before;
        await using (var host = await StartAsync("s1", ("s1", OldSigningKey)))
        {
            organization = host.Organization;
            await host.SubmitAsync(Events.Access(T0.AddHours(-2), "alice@example.com", "Granted", 5));
            await host.EvaluatedAsync();
            before = await host.WithDbAsync(db => db.Events.Select(e => e.Principal!).SingleAsync());
        }

        // Rotated: the new key signs, the old one only still verifies.
        await using (var host = await StartAsync("s2", ("s1", OldSigningKey), ("s2", NewSigningKey)))
        {
            Assert.Equal("s2", host.App.Services.GetRequiredService<MessageKeyRing>().ActiveSigningKey);
            var (status, body) = await host.SendAsync(HttpMethod.Post, "/api/v1/security-events/batch", new
            {
                organizationId = organization,
                items = new[] { Events.Access(T0.AddHours(-1), "alice@example.com", "Granted", 7) },
            });
            Assert.True(status == System.Net.HttpStatusCode.Accepted, $"{status}: {body}");
            await host.EvaluatedAsync();

            var principals = await host.WithDbAsync(db => db.Events.Where(e => e.OrganizationId == organization).Select(e => e.Principal!).ToListAsync());
            Assert.Equal([before, before], principals);
            var rollups = await host.WithDbAsync(db => db.HourlyReads.Where(r => r.OrganizationId == organization).ToListAsync());
            Assert.All(rollups, r => Assert.Equal(before, r.Principal));
            Assert.Equal(12, rollups.Sum(r => r.RecordsRead)); // the baseline still holds what was read before the rotation
        }
    }

    private Task<ModuleTestHost> StartAsync(string active, params (string Id, string Key)[] signing) =>
        ModuleTestHost.StartAsync(h => h.Security(
            T0,
            [
                $"Storage:DataDirectory={_data}",
                .. signing.Select(k => $"Security:Messages:SigningKeys:{k.Id}={k.Key}"),
                $"Security:Messages:ActiveSigningKey={active}",
                $"Security:Messages:EncryptionKeys:e1={EncryptionKey}",
                "Security:Messages:ActiveEncryptionKey=e1",
                $"Modules:Security:PseudonymKey={Pseudonyms}",
            ]));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
