namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>The rules on a DPO that read the rest of the directory.</summary>
internal static class DpoRules
{
    /// <summary>A deputy stands in for the DPO (Art. 38(2) resources): a DPO of the same organisation, not the DPO itself.</summary>
    public static async Task CheckDeputyAsync(NotificationsDbContext db, Guid organizationId, Guid dpoId, Guid? deputyId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (deputyId is not { } deputy)
        {
            return;
        }

        if (deputy == dpoId)
        {
            errors.Add("deputyId", "A DPO cannot be their own deputy.");
            return;
        }

        errors.When(
            !await db.Dpos.AnyAsync(d => d.Id == deputy && d.OrganizationId == organizationId, cancellationToken),
            "deputyId",
            "No DPO of this organisation has this id.");
    }

    /// <summary>One group DPO per organisation: routing falls back to exactly one person.</summary>
    public static async Task<ProblemHttpResult?> GroupConflictAsync(NotificationsDbContext db, Guid organizationId, Guid dpoId, bool isGroupDpo, CancellationToken cancellationToken) =>
        isGroupDpo && await db.Dpos.AnyAsync(d => d.OrganizationId == organizationId && d.IsGroupDpo && d.Id != dpoId, cancellationToken)
            ? Conflict("The organisation already has a group DPO: clear isGroupDpo on that DPO first.")
            : null;

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The DPO directory does not allow this", detail: detail);

    /// <summary>The caller's organisation only; a platform caller sees every organisation.</summary>
    public static IQueryable<Dpo> Visible(NotificationsDbContext db, Guid? organization) =>
        organization is null ? db.Dpos : db.Dpos.Where(d => d.OrganizationId == organization);
}
