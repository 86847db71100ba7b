namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class PersonalDataReencryptionTests : IAsyncLifetime
{
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Values_under_a_retired_key_end_up_under_the_active_key_with_the_same_text_and_nothing_else_changes()
    {
        var before = new PersonalDataProtector(Ring("2026-11"));
        var after = new PersonalDataProtector(Ring("2026-12"));
        var person = Guid.NewGuid();
        var moved = Guid.NewGuid();
        var current = after.Protect("already current", person, nameof(Subject.Note));
        await using (var db = Context())
        {
            db.Add(new Subject { Id = person, Name = before.Protect("Jane Doe", person, nameof(Subject.Name)), Note = current, Plain = "pd1:not base64 at all" });
            // Bound to another record: it cannot be opened here, so it must be reported and left alone.
            db.Add(new Subject { Id = moved, Name = before.Protect("John Roe", Guid.NewGuid(), nameof(Subject.Name)), Plain = "written in 2025" });
            await db.SaveChangesAsync();
        }

        ReencryptionCounts counts;
        await using (var db = Context())
        {
            counts = await new PersonalDataReencryption(after, Ring("2026-12")).RunAsync(db, CancellationToken.None);
        }

        Assert.Equal(new ReencryptionCounts(1, 2), counts); // Jane re-encrypted; John's moved value and the malformed one unreadable
        await using var check = Context();
        var subject = await check.Subjects.AsNoTracking().SingleAsync(s => s.Id == person);
        Assert.Equal("2026-12", PersonalDataProtector.KeyIdOf(subject.Name));
        Assert.Equal("Jane Doe", after.Unprotect(subject.Name, person, nameof(Subject.Name)));
        Assert.Equal(current, subject.Note);
        Assert.Equal("pd1:not base64 at all", subject.Plain);
        var untouched = await check.Subjects.AsNoTracking().SingleAsync(s => s.Id == moved);
        Assert.Equal("2026-11", PersonalDataProtector.KeyIdOf(untouched.Name));
        Assert.Equal("written in 2025", untouched.Plain);
    }

    [Fact]
    public async Task A_ring_with_one_key_has_nothing_to_re_encrypt_and_reads_nothing()
    {
        var only = new Dictionary<string, byte[]> { ["2026-12"] = _new };
        var ring = new MessageKeyRing(only, "2026-12", only, "2026-12", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        await using var db = Context();
        await _connection.CloseAsync(); // any query would now fail

        var counts = await new PersonalDataReencryption(new PersonalDataProtector(ring), ring).RunAsync(db, CancellationToken.None);

        Assert.Equal(new ReencryptionCounts(0, 0), counts);
    }

    private SubjectsContext Context() => new(new DbContextOptionsBuilder<SubjectsContext>().UseSqlite(_connection).Options);

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["2026-11"] = _old, ["2026-12"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }

    private sealed class SubjectsContext(DbContextOptions<SubjectsContext> options) : DbContext(options)
    {
        public DbSet<Subject> Subjects => Set<Subject>();
    }

    private sealed class Subject
    {
        public Guid Id { get; init; }

        public required string Name { get; set; }

        public string? Note { get; set; }

        public required string Plain { get; set; }
    }
}
