using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The records of processing activities (Art. 30(1)), with their change history.</summary>
internal static class ProcessingActivityEndpoints
{
    public static void MapProcessingActivities(this IEndpointRouteBuilder api) =>
        api.MapRegister<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityView>(new RegisterRoutes(RegisterPaths.ProcessingActivities, "ProcessingActivity", "ProcessingActivities")
        {
            List = ProcessingActivityReads.ListAsync,
            CreateSummary = "Add a record of processing activities (Art. 30(1)).",
            ListSummary = "Records of processing activities, by name; filter by part of the name.",
            UpdateSummary = "Replace a record; send the revision last read (a newer one answers 409).",
            DeleteSummary = "Remove a record; its history keeps the last version.",
            Examples = (RegisterExamples.Activity, RegisterExamples.ActivityView, RegisterExamples.ActivityUpdate, RegisterExamples.ActivityView with { Revision = 2 }),
        });
}
