namespace ComplianceHub.Reporting.Schedules.Quartz;

/// <summary>A Quartz job-store table (name without prefix), its key, and what it depends on.</summary>
internal sealed record QuartzTable(string Name, IReadOnlyList<QuartzColumn> Columns, string[] Key)
{
    /// <summary>The parent table and the columns that reference its key; cascading for the trigger detail tables.</summary>
    public (string Table, string[] Columns, bool Cascade)? Parent { get; init; }

    public IReadOnlyList<string[]> Indexes { get; init; } = [];
}
