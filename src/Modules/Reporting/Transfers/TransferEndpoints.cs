using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The transfer register (Chapter V), each entry answered with its safeguard assessed for today.</summary>
internal static class TransferEndpoints
{
    public static void MapTransfers(this IEndpointRouteBuilder api) =>
        api.MapRegister<Transfer, TransferRequest, TransferView>(new RegisterRoutes(RegisterPaths.Transfers, "Transfer", "Transfers")
        {
            List = TransferReads.ListAsync,
            CreateSummary = "Add a transfer to a third country: recipient, destination, mechanism (Adequacy | SCC | BCR | Derogation), dates.",
            ListSummary = "Transfers with their safeguard assessed for today; filter by destination country.",
            UpdateSummary = "Replace a transfer; send the revision last read (a newer one answers 409).",
            DeleteSummary = "Remove a transfer; refused while a processing activity names it. Its history keeps the last version.",
            Examples = (RegisterExamples.Transfer, RegisterExamples.TransferView, RegisterExamples.TransferUpdate, RegisterExamples.TransferView with { Revision = 2 }),
        });
}
