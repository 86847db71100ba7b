namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>The hub's group names: one per caller, one per organisation (the seed's <c>organization:{orgId}</c>).</summary>
internal static class InAppGroups
{
    public static string User(string actorId) => $"user:{actorId}";

    public static string Organization(Guid organizationId) => $"organization:{organizationId}";
}
