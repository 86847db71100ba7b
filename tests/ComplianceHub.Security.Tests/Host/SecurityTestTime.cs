namespace ComplianceHub.Security.Tests.Host;

/// <summary>The instant the module's host tests start their clock at, named once for every class that shares it.</summary>
internal static class SecurityTestTime
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);
}
