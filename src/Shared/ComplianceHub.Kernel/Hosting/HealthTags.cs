namespace ComplianceHub.Shared.Hosting;

public static class HealthTags
{
    /// <summary>Checks that decide readiness: the database and the broker. MassTransit tags its bus check "ready" too.</summary>
    public const string Ready = "ready";
}
