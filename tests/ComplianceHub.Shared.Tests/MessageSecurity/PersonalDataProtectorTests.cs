using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class PersonalDataProtectorTests
{
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_protected_value_reads_back_only_in_its_own_record_and_field()
    {
        var protector = new PersonalDataProtector(Ring("k1"));
        var record = Guid.NewGuid();

        var stored = protector.Protect("Jane Doe's laptop was stolen", record, "Description");

        Assert.StartsWith("pd1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", stored, StringComparison.Ordinal);
        Assert.Equal("Jane Doe's laptop was stolen", protector.Unprotect(stored, record, "Description"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, record, "Title"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, Guid.NewGuid(), "Description"));
        Assert.Null(protector.ProtectOptional(null, record, "Description"));
        Assert.Null(protector.UnprotectOptional(null, record, "Description"));
    }

    [Fact]
    public void Values_written_under_the_previous_key_still_read()
    {
        var record = Guid.NewGuid();
        var beforeRotation = new PersonalDataProtector(Ring("k1")).Protect("text", record, "Title");
        var rotated = new PersonalDataProtector(Ring("k2"));

        Assert.Equal("k1", PersonalDataProtector.KeyIdOf(beforeRotation));
        Assert.Equal("text", rotated.Unprotect(beforeRotation, record, "Title"));
        Assert.Equal("k2", PersonalDataProtector.KeyIdOf(rotated.Protect("text", record, "Title")));
        Assert.Null(PersonalDataProtector.KeyIdOf("written in 2025"));
    }

    [Theory]
    [InlineData("jane.doe@example.eu")]
    [InlineData("")]
    [InlineData("pd1:not base64!")]
    [InlineData("pd1:")]
    [InlineData("pd1:AAEC")]
    public void A_value_that_is_not_ciphertext_is_refused_and_logged_by_field_and_record_never_by_value(string stored)
    {
        var log = new CapturingLogger();
        var protector = new PersonalDataProtector(Ring("k1"), log);
        var record = Guid.NewGuid();

        var refused = Assert.Throws<UnreadablePersonalDataException>(() => protector.Unprotect(stored, record, "Email"));
        Assert.Throws<UnreadablePersonalDataException>(() => protector.UnprotectOptional(stored, record, "Email"));

        Assert.IsAssignableFrom<CryptographicException>(refused);
        Assert.Equal(record, refused.RecordId);
        Assert.Equal("Email", refused.Field);
        var warning = log.Entries[0];
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Email", warning.Message, StringComparison.Ordinal);
        Assert.Contains(record.ToString(), warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, log.Entries.Count);
        if (stored.Length > 4)
        {
            Assert.All(log.Entries, e => Assert.DoesNotContain(stored[4..], e.Message, StringComparison.Ordinal));
            Assert.DoesNotContain(stored[4..], refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_whose_key_left_the_ring_is_refused()
    {
        var record = Guid.NewGuid();
        var stored = new PersonalDataProtector(Ring("k1")).Protect("text", record, "Title");
        var keys = new Dictionary<string, byte[]> { ["k2"] = _new };
        var withoutK1 = new PersonalDataProtector(new MessageKeyRing(keys, "k2", keys, "k2", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false));

        Assert.Throws<UnreadablePersonalDataException>(() => withoutK1.Unprotect(stored, record, "Title"));
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }

    private sealed class CapturingLogger : ILogger<PersonalDataProtector>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
