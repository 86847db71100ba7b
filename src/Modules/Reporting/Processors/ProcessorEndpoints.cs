using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The processor register (Art. 28): contracts, sub-processors and audits.</summary>
internal static class ProcessorEndpoints
{
    public static void MapProcessors(this IEndpointRouteBuilder api) =>
        api.MapRegister<Processor, ProcessorRequest, ProcessorView>(new RegisterRoutes(RegisterPaths.Processors, "Processor", "Processors")
        {
            List = ProcessorReads.ListAsync,
            CreateSummary = "Add a processor (Art. 28): establishment, DPA, sub-processors, last audit, status.",
            ListSummary = "Processors, by name; filter by status.",
            UpdateSummary = "Replace a processor; send the revision last read (a newer one answers 409).",
            DeleteSummary = "Remove a processor; its history keeps the last version.",
            Examples = (RegisterExamples.Processor, RegisterExamples.ProcessorView, RegisterExamples.ProcessorUpdate, RegisterExamples.ProcessorView with { Revision = 2 }),
        });
}
