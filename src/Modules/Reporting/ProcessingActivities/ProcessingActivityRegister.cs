using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>What the records of processing activities (Art. 30(1)) differ in: a record names only transfers of its organisation.</summary>
internal sealed class ProcessingActivityRegister(ReportingDbContext db) : Register<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityView>
{
    public override RegisterKind Kind => RegisterKind.ProcessingActivity;

    protected override IQueryable<ProcessingActivity> Entries => db.ProcessingActivities;

    public override Action<ProcessingActivity>? Validate(ProcessingActivityRequest request, ValidationErrors errors) =>
        ProcessingActivityValidator.Validate(request, errors) is { } fields ? fields.ApplyTo : null;

    public override Task CheckAsync(ProcessingActivityRequest request, Guid organization, ValidationErrors errors, CancellationToken cancellationToken) =>
        ProcessingActivityValidator.CheckTransfersAsync(db, organization, request.Transfers, errors, cancellationToken);

    public override ProcessingActivityView Snapshot(ProcessingActivity entry) => ProcessingActivityFields.View(entry);
}
