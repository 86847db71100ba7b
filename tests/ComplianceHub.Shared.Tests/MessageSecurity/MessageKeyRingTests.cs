namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class MessageKeyRingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"breachId":"3f0c","country":"IE"}""");
    private static readonly MessageRoute Route = new("assess-breach-risk", "urn:message:ComplianceHub.Breaches.Contracts:AssessBreachRisk", "breach-1");
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_signed_body_verifies_and_any_change_to_it_does_not()
    {
        var ring = Ring("k1");
        var signature = ring.Sign(Body, Now, Route);
        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(Body, "k1", stamp, signature, Route, Now.AddMinutes(1)));
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 0x01;
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(tampered, "k1", stamp, signature, Route, Now));
        // The timestamp is signed too: moving it to look fresh breaks the signature.
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", (Now.ToUnixTimeMilliseconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Route, Now));
    }

    [Fact]
    public void Missing_parts_unknown_keys_and_garbage_are_told_apart()
    {
        var ring = Ring("k1");
        var signature = ring.Sign(Body, Now, Route);
        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Missing, ring.Verify(Body, null, stamp, signature, Route, Now));
        Assert.Equal(SignatureCheck.Missing, ring.Verify(Body, "k1", stamp, null, Route, Now));
        Assert.Equal(SignatureCheck.UnknownKey, ring.Verify(Body, "k9", stamp, signature, Route, Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, "not base64!", Route, Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", "yesterday", signature, Route, Now));
    }

    [Fact]
    public void Timestamps_outside_the_window_are_stale()
    {
        var ring = Ring("k1");
        string Stamp(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var week = Now.AddDays(-7).AddMinutes(1);
        var older = Now.AddDays(-7).AddMinutes(-1);
        var future = Now.AddMinutes(10);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(Body, "k1", Stamp(week), ring.Sign(Body, week, Route), Route, Now));
        Assert.Equal(SignatureCheck.Stale, ring.Verify(Body, "k1", Stamp(older), ring.Sign(Body, older, Route), Route, Now));
        Assert.Equal(SignatureCheck.Stale, ring.Verify(Body, "k1", Stamp(future), ring.Sign(Body, future, Route), Route, Now));
    }

    [Fact]
    public void After_rotation_the_new_key_signs_and_encrypts_and_the_old_one_still_verifies_and_decrypts()
    {
        var before = Ring("k1");
        var signature = before.Sign(Body, Now, Route);
        var envelope = before.Encrypt(Body, Encoding.UTF8.GetBytes("message-1"));

        var after = Ring("k2");

        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(SignatureCheck.Valid, after.Verify(Body, "k1", stamp, signature, Route, Now));
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

    [Fact]
    public void A_signature_binds_its_route_so_a_message_copied_to_another_queue_type_or_partition_does_not_verify()
    {
        var ring = Ring("k1");
        var signature = ring.Sign(Body, Now, Route);
        var stamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, signature, Route with { Destination = "send-alert-on-channel" }, Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, signature, Route with { MessageTypes = "urn:message:X:Y" }, Now));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, signature, Route with { PartitionKey = "breach-2" }, Now));
        // Fields cannot trade bytes: "ab" + "c" is not "a" + "bc".
        var split = ring.Sign(Body, Now, new MessageRoute("ab", "c", ""));
        Assert.Equal(SignatureCheck.Invalid, ring.Verify(Body, "k1", stamp, split, new MessageRoute("a", "bc", ""), Now));
    }

    [Fact]
    public void A_published_message_may_be_consumed_from_any_queue_its_type_fans_out_to_but_a_sent_one_only_from_its_own()
    {
        var published = new MessageRoute("ComplianceHub.Breaches.Contracts:BreachReported", "urn:message:ComplianceHub.Breaches.Contracts:BreachReported", "");
        Assert.True(published.AllowsDeliveryTo("breach-reported"));
        var sent = new MessageRoute("assess-breach-risk", "urn:message:ComplianceHub.Breaches.Contracts:AssessBreachRisk", "");
        Assert.True(sent.AllowsDeliveryTo("assess-breach-risk"));
        Assert.False(sent.AllowsDeliveryTo("fulfil-data-subject-request"));
        Assert.Equal("assess-breach-risk", MessageRoute.NameOf(new Uri("rabbitmq://localhost/vhost/assess-breach-risk?type=fanout")));
    }

    [Fact]
    public void Each_purpose_has_its_own_derived_key_and_a_signature_of_one_purpose_never_verifies_for_another()
    {
        var ring = Ring("k1");
        var data = Encoding.UTF8.GetBytes("entry-hash");
        var (keyId, audit) = ring.SignRecord(KeyPurposes.AuditEntries, data);

        Assert.True(ring.VerifyRecord(KeyPurposes.AuditEntries, keyId, data, audit));
        Assert.False(ring.VerifyRecord(KeyPurposes.AuditHead, keyId, data, audit));
        Assert.False(ring.VerifyRecord("compliancehub/alert-ack/v1", keyId, data, audit));
        var keys = new[] { KeyPurposes.Messages, KeyPurposes.AuditEntries, KeyPurposes.AuditHead, KeyPurposes.AuditCheckpoints }
            .Select(p => Convert.ToHexString(ring.DerivedKey("k1", p))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(Convert.ToHexString(_old), keys);

        // What the message key makes (e.g. a connected system holding only it) is not a record signature of any purpose.
        var messageKeyMac = "v2:" + Convert.ToBase64String(HMACSHA256.HashData(ring.DerivedKey("k1", KeyPurposes.Messages), data));
        Assert.False(ring.VerifyRecord(KeyPurposes.AuditEntries, keyId, data, messageKeyMac));
        Assert.False(ring.VerifyRecord("compliancehub/alert-ack/v1", keyId, data, messageKeyMac));
    }

    [Fact]
    public void A_record_signed_directly_with_the_ring_key_verifies_only_where_legacy_records_are_allowed()
    {
        var ring = Ring("k1");
        var data = Encoding.UTF8.GetBytes("entry-hash");
        var legacy = ComplianceHub.Testing.Keys.LegacyRecordSignature.Of(_old, KeyPurposes.AuditEntries, data);

        Assert.True(ring.VerifyRecord(KeyPurposes.AuditEntries, "k1", data, legacy, allowLegacy: true));
        Assert.False(ring.VerifyRecord(KeyPurposes.AuditEntries, "k1", data, legacy));
    }

    [Fact]
    public void Encryptions_under_the_active_key_are_counted_until_taken()
    {
        var ring = Ring("k1");
        ring.TakeEncryptionCount();
        ring.Encrypt(Body);
        ring.Encrypt(Body);

        Assert.Equal(2, ring.TakeEncryptionCount());
        Assert.Equal(0, ring.TakeEncryptionCount());
        ring.ReturnEncryptionCount(5);
        Assert.Equal(5, ring.TakeEncryptionCount());
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }
}
