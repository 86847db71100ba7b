using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>What the processor register (Art. 28) differs in: its entries are checked against today's date.</summary>
internal sealed class ProcessorRegister(ReportingDbContext db, RegisterWrites writes) : Register<Processor, ProcessorRequest, ProcessorView>
{
    public override RegisterKind Kind => RegisterKind.Processor;

    protected override IQueryable<Processor> Entries => db.Processors;

    public override Action<Processor>? Validate(ProcessorRequest request, ValidationErrors errors) =>
        ProcessorValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null;

    public override ProcessorView Snapshot(Processor entry) => ProcessorFields.View(entry);
}
