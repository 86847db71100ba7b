using System.Security.Cryptography;
using ComplianceHub.Shared.MessageSecurity;

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
    }

    [Fact]
    public void Values_written_under_the_previous_key_or_before_encryption_still_read()
    {
        var record = Guid.NewGuid();
        var beforeRotation = new PersonalDataProtector(Ring("k1")).Protect("text", record, "Title");
        var rotated = new PersonalDataProtector(Ring("k2"));

        Assert.Equal("k1", PersonalDataProtector.KeyIdOf(beforeRotation));
        Assert.Equal("text", rotated.Unprotect(beforeRotation, record, "Title"));
        Assert.Equal("k2", PersonalDataProtector.KeyIdOf(rotated.Protect("text", record, "Title")));
        Assert.Equal("written in 2025", rotated.Unprotect("written in 2025", record, "Title"));
        Assert.Null(PersonalDataProtector.KeyIdOf("written in 2025"));
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }
}
