using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>
/// What the transfer register (Chapter V) differs in: each entry is answered with its safeguard assessed for today,
/// and every change tells other modules through the outbox (<see cref="TransferEvents"/>).
/// </summary>
internal sealed class TransferRegister(ReportingDbContext db, RegisterWrites writes, AdequacyDecisions decisions, IModuleOutbox<ReportingDbContext> outbox)
    : Register<Transfer, TransferRequest, TransferView>
{
    public override RegisterKind Kind => RegisterKind.Transfer;

    protected override IQueryable<Transfer> Entries => db.Transfers;

    public override Action<Transfer>? Validate(TransferRequest request, ValidationErrors errors) =>
        TransferValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null;

    public override TransferView Snapshot(Transfer entry) => TransferFields.View(entry);

    public override TransferView Answer(Transfer entry) => TransferFields.View(entry, decisions, writes.Today());

    public override Task AddedAsync(Transfer entry, CancellationToken cancellationToken) =>
        TransferEvents.PublishAsync(outbox, entry, removed: false, entry.CreatedAt, cancellationToken);

    public override Task ChangedAsync(Transfer entry, CancellationToken cancellationToken) =>
        TransferEvents.PublishAsync(outbox, entry, removed: false, entry.UpdatedAt, cancellationToken);

    public override async Task<ProblemHttpResult?> RemovingAsync(Transfer entry, CancellationToken cancellationToken)
    {
        // Art. 30(1)(e): a record must not name a transfer the register no longer holds.
        if (await db.ProcessingActivities.AnyAsync(a => a.OrganizationId == entry.OrganizationId && a.Transfers.Contains(entry.Id), cancellationToken))
        {
            return RegisterWrites.Conflict("A processing activity names this transfer: remove it from its transfers first.");
        }

        // The copies in other modules drop it too: a deleted entry is no basis for any transfer (Chapter V).
        await TransferEvents.PublishAsync(outbox, entry, removed: true, writes.Now(), cancellationToken);
        return null;
    }
}
