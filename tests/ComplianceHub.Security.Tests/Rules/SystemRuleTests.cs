namespace ComplianceHub.Security.Tests.Rules;

public sealed class SystemRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly RuleThresholds Defaults = new();

    [Theory]
    [InlineData(3.9, "Low")]
    [InlineData(0.0, "Low")]
    [InlineData(4.0, "Medium")]
    [InlineData(6.9, "Medium")]
    [InlineData(7.0, "High")]
    [InlineData(8.9, "High")]
    [InlineData(9.0, "Critical")]
    [InlineData(10.0, "Critical")]
    public void Should_derive_the_priority_from_the_CVSS_v3_score(double score, string expected) =>
        Assert.Equal(expected, CvssPriority.Of((decimal)score).ToString());

    [Theory]
    [InlineData("Disabled", null, "Disabled")]
    [InlineData("Degraded", 10, "Degraded")]
    [InlineData("Ok", 365, "Ok")]
    [InlineData("Ok", 366, "KeyTooOld")]
    [InlineData("Ok", 364, "Ok")]
    [InlineData("Ok", null, "Ok")]
    public void Should_classify_the_encryption_status_with_the_key_age_policy(string status, int? keyAge, string expected) =>
        Assert.Equal(expected, EncryptionRule.Condition(Enum.Parse<EncryptionState>(status), keyAge, Defaults).ToString());

    [Fact]
    public void When_the_same_condition_is_reported_again_nothing_new_fires()
    {
        Assert.True(EncryptionRule.Fires(EncryptionCondition.Disabled, EncryptionCondition.Ok));
        Assert.False(EncryptionRule.Fires(EncryptionCondition.Disabled, EncryptionCondition.Disabled));
        Assert.True(EncryptionRule.Fires(EncryptionCondition.Disabled, EncryptionCondition.Degraded));
        Assert.False(EncryptionRule.Fires(EncryptionCondition.Ok, EncryptionCondition.Disabled));
        Assert.Equal(AlertPriority.High, EncryptionRule.Priority(EncryptionCondition.Disabled));
        Assert.Equal(AlertPriority.Medium, EncryptionRule.Priority(EncryptionCondition.Degraded));
        Assert.Equal(AlertPriority.Medium, EncryptionRule.Priority(EncryptionCondition.KeyTooOld));
    }

    [Fact]
    public void Should_find_a_backup_stale_only_after_30_days_without_success_and_once_per_period()
    {
        var system = new MonitoredSystemView(T0.AddDays(-100), T0, null);
        Assert.False(BackupRule.Stale(system, T0.AddDays(30), Defaults));
        Assert.True(BackupRule.Stale(system, T0.AddDays(30).AddSeconds(1), Defaults));
        Assert.False(BackupRule.Stale(system with { StaleAlertedFor = T0 }, T0.AddDays(60), Defaults));
        Assert.True(BackupRule.Stale(system with { StaleAlertedFor = T0, LastSuccessAt = T0.AddDays(1) }, T0.AddDays(32), Defaults));
    }

    [Fact]
    public void When_a_system_never_verified_successfully_its_first_verification_starts_the_period()
    {
        var system = new MonitoredSystemView(T0, null, null);
        Assert.False(BackupRule.Stale(system, T0.AddDays(29), Defaults));
        Assert.True(BackupRule.Stale(system, T0.AddDays(31), Defaults));
        Assert.False(BackupRule.Stale(new MonitoredSystemView(null, null, null), T0.AddDays(400), Defaults));
    }
}
