namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

/// <summary>
/// A bus system's queue is namespaced by its organisation, <c>fulfilment.{organisationId:N}.{name}</c>, so no
/// organisation can have the subject data of its requests sent to another organisation's queue (Art. 5(1)(f), 32), and
/// a broker can grant each organisation's systems its own prefix only. The API takes the <c>{name}</c> (or the whole
/// name of the caller's own organisation) and answers the whole name, the queue the system reads.
/// </summary>
internal static class FulfilmentQueue
{
    public const string Prefix = "fulfilment.";

    public static string For(Guid organizationId, string name) => $"{OwnPrefix(organizationId)}{name}";

    /// <summary>The whole queue name for <paramref name="address"/>; null when it names another organisation's queue.</summary>
    public static string? Namespace(Guid organizationId, string address)
    {
        if (!address.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return For(organizationId, address);
        }

        var own = OwnPrefix(organizationId);
        return address.StartsWith(own, StringComparison.OrdinalIgnoreCase) && address.Length > own.Length ? own + address[own.Length..] : null;
    }

    /// <summary>
    /// Where a system's command goes. A bus system registered before queues were namespaced kept its bare name: it is
    /// namespaced here too (its consumer moves to the whole name, which the API shows), never sent as it was.
    /// </summary>
    public static string Of(FulfilmentSystem system) =>
        system.Address.StartsWith(OwnPrefix(system.OrganizationId), StringComparison.Ordinal) ? system.Address : For(system.OrganizationId, system.Address);

    private static string OwnPrefix(Guid organizationId) => $"{Prefix}{organizationId:N}.";
}
