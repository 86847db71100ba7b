namespace ComplianceHub.Reporting.Registers;

/// <summary>Which entries of a register a caller sees: its own organisation's, or all of them for a platform caller.</summary>
internal static class RegisterScope
{
    public static IQueryable<TEntry> Visible<TEntry>(IQueryable<TEntry> entries, ClaimsPrincipal user)
        where TEntry : class, IRegisterEntry =>
        OrganizationScope.ReadFilter(user) is { } org ? entries.Where(e => e.OrganizationId == org) : entries;
}
