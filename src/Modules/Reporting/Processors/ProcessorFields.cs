using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>A validated request: trimmed and ready to apply.</summary>
internal sealed record ProcessorFields(string Name, string Country, DateOnly? DpaSignedOn, List<string> SubProcessors, DateOnly? LastAuditOn, ProcessorStatus Status)
{
    public void ApplyTo(Processor processor)
    {
        processor.Name = Name;
        processor.Country = Country;
        processor.DpaSignedOn = DpaSignedOn;
        processor.SubProcessors = SubProcessors;
        processor.LastAuditOn = LastAuditOn;
        processor.Status = Status;
    }

    public static ProcessorView View(Processor p) => new()
    {
        Id = p.Id,
        OrganizationId = p.OrganizationId,
        Revision = p.Revision,
        Name = p.Name,
        Country = p.Country,
        DpaSignedOn = p.DpaSignedOn,
        SubProcessors = p.SubProcessors,
        LastAuditOn = p.LastAuditOn,
        Status = p.Status.ToString(),
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
    };
}
