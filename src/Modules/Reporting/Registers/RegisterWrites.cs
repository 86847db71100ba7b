using System.Globalization;
using System.Text.Json;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.Database;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// Saves a change to a register entry together with its <see cref="RegisterChange"/> row and its audit-trail entry, in
/// one transaction (the idempotency filter's, when a creating POST carries a key): the history an auditor reads can
/// never miss a change that happened (Art. 5(2), 30).
/// </summary>
internal sealed class RegisterWrites(ReportingDbContext db, AuditTrail audit, TimeProvider clock)
{
    public DateTimeOffset Now() => Instants.Normalize(clock.GetUtcNow());

    /// <summary>Null when saved; a 409 problem when the entry changed since it was read.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(
        RegisterKind register, Guid organization, Guid entry, int revision, ChangeAction action, string actor,
        JsonElement snapshot, List<string> changedFields, CancellationToken cancellationToken)
    {
        var now = Now();
        db.RegisterChanges.Add(new RegisterChange
        {
            OrganizationId = organization,
            Register = register,
            EntryId = entry,
            Action = action,
            ChangedAt = now,
            ChangedBy = actor,
            ChangedFields = changedFields,
            Snapshot = snapshot.GetRawText(),
        });
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Stale();
        }

        await audit.AppendAsync(
            new AuditRecord(AuditTypes.RegisterChanged, actor, $"{RegisterPaths.Of(register)}/{entry}", new Dictionary<string, string?>
            {
                ["register"] = register.ToString(),
                ["action"] = action.ToString(),
                ["organizationId"] = organization.ToString(),
                ["revision"] = revision.ToString(CultureInfo.InvariantCulture),
                ["changedFields"] = string.Join(",", changedFields),
            },
            OrganizationId: organization),
            db,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public static ProblemHttpResult Stale() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The entry changed since it was read",
            detail: "Another change was saved after the revision this request names: read the entry again and reapply the change.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The register does not allow this", detail: detail);
}
