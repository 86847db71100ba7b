namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// Who receives an alert first (Art. 37(2), 38(4): data subjects and authorities reach the DPO responsible for them):
/// the regional DPO covering the alert's country, otherwise the group DPO. Ties go to the DPO created first, so the
/// same alert always lands on the same person.
/// </summary>
internal static class DpoRouting
{
    public static Dpo? Regional(IEnumerable<Dpo> dpos, string? country) =>
        string.IsNullOrWhiteSpace(country)
            ? null
            : Ordered(dpos).FirstOrDefault(d => d.Countries.Contains(country.Trim(), StringComparer.OrdinalIgnoreCase));

    public static Dpo? Group(IEnumerable<Dpo> dpos) => Ordered(dpos).FirstOrDefault(d => d.IsGroupDpo);

    public static Dpo? Resolve(IEnumerable<Dpo> dpos, string? country)
    {
        var all = dpos as IReadOnlyCollection<Dpo> ?? [.. dpos];
        return Regional(all, country) ?? Group(all);
    }

    private static IEnumerable<Dpo> Ordered(IEnumerable<Dpo> dpos) => dpos.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id);
}
