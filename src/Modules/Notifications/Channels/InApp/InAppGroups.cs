namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>The hub's group names: one per caller, one per organisation (the seed's <c>organization:{orgId}</c>).</summary>
internal static class InAppGroups
{
    /// <summary>Every connection of a caller, whatever organisation it belongs to.</summary>
    public static string User(string actorId) => $"user:{actorId}";

    public static string Organization(Guid organizationId) => $"organization:{organizationId}";

    /// <summary>
    /// The connections of a platform caller (bound to no organisation), e.g. a group DPO: how an organisation's alert
    /// reaches them without reaching anyone of another organisation, and without a second copy to the organisation's members.
    /// </summary>
    public static string PlatformUser(string actorId) => $"platform-user:{actorId}";
}
