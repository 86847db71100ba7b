using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class MessageKeyRingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"breachId":"3f0c","country":"IE"}""");
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_signed_body_verifies_and_any_change_to_it_does_not()
    {
        var ring = Ring("k1");
        var signature = ring.Sign(Body, Now);
        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(Body, "k1", stamp, signature, Now.AddMinutes(1)));
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 0x01;
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(tampered, "k1", stamp, signature, Now));
        // The timestamp is signed too: moving it to look fresh breaks the signature.
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", (Now.ToUnixTimeMilliseconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Now));
    }

    [Fact]
    public void Missing_parts_unknown_keys_and_garbage_are_told_apart()
    {
        var ring = Ring("k1");
        var signature = ring.Sign(Body, Now);
        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Missing, ring.Verify(Body, null, stamp, signature, Now));
        Assert.Equal(SignatureCheck.Missing, ring.Verify(Body, "k1", stamp, null, Now));
        Assert.Equal(SignatureCheck.UnknownKey, ring.Verify(Body, "k9", stamp, signature, Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, "not base64!", Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", "yesterday", signature, Now));
    }

    [Fact]
    public void Timestamps_outside_the_window_are_stale()
    {
        var ring = Ring("k1");
        string Stamp(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var week = Now.AddDays(-7).AddMinutes(1);
        var older = Now.AddDays(-7).AddMinutes(-1);
        var future = Now.AddMinutes(10);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(Body, "k1", Stamp(week), ring.Sign(Body, week), Now));
        Assert.Equal(SignatureCheck.Stale, ring.Verify(Body, "k1", Stamp(older), ring.Sign(Body, older), Now));
        Assert.Equal(SignatureCheck.Stale, ring.Verify(Body, "k1", Stamp(future), ring.Sign(Body, future), Now));
    }

    [Fact]
    public void After_rotation_the_new_key_signs_and_encrypts_and_the_old_one_still_verifies_and_decrypts()
    {
        var before = Ring("k1");
        var signature = before.Sign(Body, Now);
        var envelope = before.Encrypt(Body, Encoding.UTF8.GetBytes("message-1"));

        var after = Ring("k2");

        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(SignatureCheck.Valid, after.Verify(Body, "k1", stamp, signature, Now));
        Assert.Equal(Body, after.Decrypt(envelope, Encoding.UTF8.GetBytes("message-1")));
        Assert.Equal("k1", MessageKeyRing.KeyIdOf(envelope));
        Assert.Equal("k2", MessageKeyRing.KeyIdOf(after.Encrypt(Body)));
    }

    [Fact]
    public void Ciphertext_hides_the_payload_and_tampering_or_a_wrong_context_is_detected()
    {
        var ring = Ring("k1");
        var envelope = ring.Encrypt(Body, Encoding.UTF8.GetBytes("message-1"));

        Assert.Equal(-1, envelope.AsSpan().IndexOf("breachId"u8));
        Assert.NotEqual(envelope, ring.Encrypt(Body, Encoding.UTF8.GetBytes("message-1"))); // fresh nonce each time
        var tampered = (byte[])envelope.Clone();
        tampered[^1] ^= 0x01;
        Assert.ThrowsAny<CryptographicException>(() => ring.Decrypt(tampered, Encoding.UTF8.GetBytes("message-1")));
        Assert.ThrowsAny<CryptographicException>(() => ring.Decrypt(envelope, Encoding.UTF8.GetBytes("message-2")));
    }

    [Fact]
    public void A_key_removed_from_the_ring_can_no_longer_decrypt()
    {
        var envelope = Ring("k1").Encrypt(Body);
        var withoutOld = new MessageKeyRing(
            new Dictionary<string, byte[]> { ["k2"] = _new }, "k2", new Dictionary<string, byte[]> { ["k2"] = _new }, "k2",
            TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);

        var error = Assert.ThrowsAny<CryptographicException>(() => withoutOld.Decrypt(envelope));
        Assert.Contains("'k1'", error.Message, StringComparison.Ordinal);
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }
}
