using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Modules;
using ComplianceHub.Testing.Audit;
using Npgsql;

namespace ComplianceHub.DataSubjectRequests.Tests.Erasure;

/// <summary>
/// Art. 17 reaches ComplianceHub itself. On a real PostgreSQL: after an answered erasure request the subject's
/// identifiers are in no text or bytea column of any table of any schema, in no outbox body and in no dead letter
/// (one fan-out command was dead-lettered with the subject in it), and the audit trail still verifies. In the
/// embedded mode (SQLite): the dead letter is deleted and the deletion audited.
/// </summary>
public sealed class ErasureTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] Retries = ["Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.100", "Messaging:Retry:MaxDelay=00:00:00.200"];

    [Fact]
    public async Task After_an_erasure_request_is_answered_the_subject_is_in_no_column_of_any_table_nor_in_the_dead_letter_store()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync("dsr_erasure");
        var (host, id, marker) = await AnswerErasureOfDeadLetteredSubjectAsync(
            ["Database:Provider=PostgreSql", $"ConnectionStrings:ComplianceHub={connectionString}", "Database:MigrateOnStartup=true", .. Retries]);
        await using var _ = host;
        var writer = host.App.Services.GetRequiredService<DeadLetterWriter>();

        // Every text, json and bytea column of every table in every schema.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        Assert.Contains(columns, c => c is { Schema: "data_subject_requests", Table: "requests" });
        Assert.Contains(columns, c => c is { Schema: "dead_letters" });
        foreach (var (schema, table, column, type) in columns)
        {
            var value = type == "bytea" ? $"encode(\"{column}\", 'escape')" : $"\"{column}\"::text";
            await using var scan = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE strpos({value}, @marker) > 0", connection);
            scan.Parameters.AddWithValue("marker", marker);
            Assert.True((long)(await scan.ExecuteScalarAsync())! == 0, $"{schema}.{table}.{column} still holds the subject");
        }

        // What is encrypted and still readable: every outbox body and every dead letter.
        foreach (var message in await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync()))
        {
            Assert.DoesNotContain(marker, host.OpenOutbox(message), StringComparison.Ordinal);
        }

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            foreach (var entry in await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().ToListAsync())
            {
                Assert.DoesNotContain(marker, Readable(writer.Decrypt(entry)), StringComparison.Ordinal);
            }
        }

        var request = await host.GetAsync(id);
        Assert.True(request.GetProperty("subjectErased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("subject").ValueKind);
        var audit = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(audit.GetProperty("valid").GetBoolean(), audit.ToString());
    }

    /// <summary>
    /// The embedded mode (one SQLite file, one writer at a time): the erasure consumer deletes the dead letter in its
    /// inbox transaction. It used to open a second connection for it, which waited for the write lock its own inbox
    /// transaction held until SQLite gave up ('database is locked'), attempt after attempt, stalling every writer.
    /// </summary>
    [Fact]
    public async Task In_the_embedded_mode_the_erasure_deletes_the_dead_letter_and_audits_it()
    {
        var (host, id, marker) = await AnswerErasureOfDeadLetteredSubjectAsync(Retries);
        await using var _ = host;

        var deleted = await AuditTamperScenarios.WithAuditAsync(host, audit => audit.Entries.AsNoTracking()
            .Where(e => e.Type == AuditTypes.DeadLetterDeleted && e.Subject == "dead-letters").ToListAsync());
        var entry = Assert.Single(deleted);
        Assert.Contains("\"count\":\"1\"", entry.Data, StringComparison.Ordinal);
        Assert.Contains($"Art. 17 erasure of request {id}", host.App.Services.GetRequiredService<AuditTrail>().ReasonOf(entry), StringComparison.Ordinal);
        Assert.True((await host.GetAsync(id)).GetProperty("subjectErased").GetBoolean());
        var writer = host.App.Services.GetRequiredService<DeadLetterWriter>();
        using var scope = host.App.Services.CreateScope();
        foreach (var letter in await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().ToListAsync())
        {
            Assert.DoesNotContain(marker, Readable(writer.Decrypt(letter)), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// An erasure request whose one fulfilment system (a peer on the bus) dead-letters its command, subject and all;
    /// the task is completed, the request answered, and the dead letter is gone. Returns the running host.
    /// </summary>
    private static async Task<(ModuleTestHost Host, Guid RequestId, string Marker)> AnswerErasureOfDeadLetteredSubjectAsync(string[] settings)
    {
        // The peer's queue is namespaced by its organisation (fulfilment.{orgId:N}.<name>): the organisation comes first,
        // then the host that runs the peer's consumer on that queue (same database and key ring).
        var data = Directory.CreateTempSubdirectory("ch-dsr-").FullName;
        Guid organization;
        await using (var first = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1)), data, settings)))
        {
            organization = await first.OrganizationAsync("DE");
        }

        var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(
            new TravellingClock(ReceivedAt.AddHours(1)), data,
            builder => builder.AddModuleMessaging(bus => bus.AddConsumer<FailingSystemConsumer>().Endpoint(e => e.Name = $"fulfilment.{organization:N}.{PeerQueue}")),
            settings));
        try
        {
            var marker = "Qx" + Guid.NewGuid().ToString("N")[..10];
            string[] identifiers = [marker + " Subject", marker + "@example.eu", marker + "-CUSTOMER"];
            await host.RegisterSystemAsync(organization, "CRM", "Bus", PeerQueue, "Erasure");
            var id = await host.ReceiveAsync(organization, "Erasure", ReceivedAt, new { name = identifiers[0], email = identifiers[1], identifier = identifiers[2] });
            await host.VerifyAsync(id);
            var task = await host.OnlyTaskAsync(id);
            var messageId = await host.WithDbAsync(db => db.Tasks.Where(t => t.Id == task).Select(t => t.MessageId).SingleAsync());

            // The peer system fails: its command, with the subject in it, lands in the dead-letter store.
            var writer = host.App.Services.GetRequiredService<DeadLetterWriter>();
            DeadLetter? deadLetter = null;
            await host.WaitUntilAsync(async () => (deadLetter = await DeadLetterAsync(host, messageId)) is not null, TimeSpan.FromSeconds(30));
            Assert.Contains(identifiers[1], Readable(writer.Decrypt(deadLetter!)), StringComparison.Ordinal);

            await host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{id}/tasks/{task}/complete", new { outcome = "Deleted", evidence = "crm-ticket-9" });
            await host.RespondFulfilledAsync(id, ReceivedAt.AddHours(1));
            await host.WaitUntilAsync(async () => await DeadLetterAsync(host, messageId) is null, TimeSpan.FromSeconds(45));
            return (host, id, marker);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private const string PeerQueue = "crm-dsr-peer";

    /// <summary>A dead letter as text: the body (stored base64) decoded, with headers and errors.</summary>
    private static string Readable(DeadLetterPayload payload)
    {
        var buffer = new byte[payload.Body.Length];
        var body = Convert.TryFromBase64String(payload.Body, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : payload.Body;
        return body + JsonSerializer.Serialize(payload);
    }

    private static async Task<DeadLetter?> DeadLetterAsync(ModuleTestHost host, Guid messageId)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().SingleOrDefaultAsync(d => d.MessageId == messageId);
    }
}
