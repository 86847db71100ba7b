using Microsoft.Data.Sqlite;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// Free text about people is never in the database files in clear, nor are message bodies in the outbox (on the
/// shared embedded host: each test's marker is its own).
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class PersonalDataAtRestTests(EmbeddedHost embedded)
{
    [Fact]
    public async Task A_breach_description_is_read_back_through_the_api_but_is_nowhere_in_the_database_files()
    {
        var host = embedded.Host;
        var organization = await Breaches.OrganizationOfAsync(host.Client);
        var marker = "Jane-Example-" + Guid.NewGuid().ToString("N");
        using var reported = await host.Client.PostAsJsonAsync("/api/v1/breaches", new
        {
            organizationId = organization,
            title = $"Laptop of {marker} stolen",
            description = $"The laptop of {marker} held the payroll export.",
            detectedAt = DateTimeOffset.UtcNow.AddHours(-1),
            source = "helpdesk",
            affectedCountries = new[] { "IE" },
            dataCategories = new[] { "payroll" },
            approxSubjectsAffected = 40,
            approxRecordsAffected = 40,
            measuresTaken = $"Remote wipe of {marker}'s device.",
        });
        var id = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var breach = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/breaches/{id}");
        Assert.Equal($"The laptop of {marker} held the payroll export.", breach.GetProperty("description").GetString());
        Assert.Equal($"Remote wipe of {marker}'s device.", breach.GetProperty("measuresTaken").GetString());

        var files = Directory.EnumerateFiles(Path.Combine(host.WorkingDirectory, "data"), "compliancehub.db*").ToList();
        Assert.Contains(files, f => f.EndsWith(".db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(-1, copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)));
        }

        // The BreachReported row (kept after delivery as evidence) is sealed: not even the breach id reads in clear.
        var bodies = await OutboxBodiesAsync(files.Single(f => f.EndsWith(".db", StringComparison.Ordinal)), "breaches_outbox_message");
        Assert.NotEmpty(bodies);
        Assert.All(bodies, body => Assert.StartsWith("ob1:", body, StringComparison.Ordinal));
        Assert.All(bodies, body => Assert.DoesNotContain(id!, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_rights_requests_subject_is_read_back_through_the_api_but_is_nowhere_in_the_database_files()
    {
        var host = embedded.Host;
        var organization = await Breaches.OrganizationOfAsync(host.Client);
        var marker = Guid.NewGuid().ToString("N");
        using var received = await host.Client.PostAsJsonAsync("/api/v1/data-subject-requests", new
        {
            organizationId = organization,
            type = "Access",
            receivedAt = DateTimeOffset.UtcNow.AddHours(-1),
            channel = "email",
            country = "DE",
            subject = new { name = $"Max {marker}", email = $"max.{marker}@example.eu", identifier = $"CUST-{marker}" },
            description = $"Please send me everything you hold on {marker}.",
        });
        var accepted = await received.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(received.StatusCode == System.Net.HttpStatusCode.Accepted, accepted.ToString());
        var id = accepted.GetProperty("id").GetString();

        var request = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/data-subject-requests/{id}");
        Assert.Equal($"max.{marker}@example.eu", request.GetProperty("subject").GetProperty("email").GetString());
        Assert.Equal($"CUST-{marker}", request.GetProperty("subject").GetProperty("identifier").GetString());

        // Subject fields are sealed under the request's own key, and that key under the host key ring (Art. 32(1)(a)).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(host.WorkingDirectory, "data"), "compliancehub.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(-1, copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)));
        }
    }

    private static async Task<List<string>> OutboxBodiesAsync(string database, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Body\" FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var bodies = new List<string>();
        while (await reader.ReadAsync())
        {
            bodies.Add(reader.GetString(0));
        }

        return bodies;
    }
}
