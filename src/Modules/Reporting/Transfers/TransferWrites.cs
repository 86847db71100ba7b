using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The writing operations of the register: each records its change (ADR 0013).</summary>
internal static class TransferWrites
{
    internal static Task<Results<Created<TransferView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TransferRequest request, ClaimsPrincipal user, OrganizationScope organizations, RegisterWrites writes, AdequacyDecisions decisions,
        IModuleOutbox<ReportingDbContext> outbox, CancellationToken cancellationToken) =>
        writes.CreateAsync(
            RegisterKind.Transfer, request, user, organizations,
            errors => TransferValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null,
            (id, organization, now) => new Transfer
            {
                Id = id,
                OrganizationId = organization,
                Revision = 1,
                CreatedAt = now,
                UpdatedAt = now,
                Recipient = "",
                DestinationCountry = "",
            },
            TransferFields.View, transfer => TransferFields.View(transfer, decisions, writes.Today()), TransferEndpoints.Path, cancellationToken,
            added: transfer => TransferEvents.PublishAsync(outbox, transfer, removed: false, transfer.CreatedAt, cancellationToken));

    internal static async Task<Results<Ok<TransferView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, TransferRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, AdequacyDecisions decisions,
        IModuleOutbox<ReportingDbContext> outbox, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(
            RegisterKind.Transfer, await TransferEndpoints.Visible(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken), request,
            (_, errors) => Task.FromResult<Action<Transfer>?>(TransferValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null),
            TransferFields.View, transfer => TransferFields.View(transfer, decisions, writes.Today()), user.ActorId(), cancellationToken,
            changed: t => TransferEvents.PublishAsync(outbox, t, removed: false, t.UpdatedAt, cancellationToken));

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, IModuleOutbox<ReportingDbContext> outbox,
        CancellationToken cancellationToken) =>
        await writes.DeleteAsync(
            RegisterKind.Transfer, await TransferEndpoints.Visible(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken),
            TransferFields.View, user.ActorId(), cancellationToken,
            before: async transfer =>
            {
                // Art. 30(1)(e): a record must not name a transfer the register no longer holds.
                if (await db.ProcessingActivities.AnyAsync(a => a.OrganizationId == transfer.OrganizationId && a.Transfers.Contains(id), cancellationToken))
                {
                    return RegisterWrites.Conflict("A processing activity names this transfer: remove it from its transfers first.");
                }

                // The copies in other modules drop it too: a deleted entry is no basis for any transfer (Chapter V).
                await TransferEvents.PublishAsync(outbox, transfer, removed: true, writes.Now(), cancellationToken);
                return null;
            });
}
