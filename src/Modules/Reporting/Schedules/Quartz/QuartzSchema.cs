using static ComplianceHub.Reporting.Schedules.Quartz.QuartzColumn;

namespace ComplianceHub.Reporting.Schedules.Quartz;

/// <summary>
/// The tables Quartz.NET 4.7's AdoJobStore reads and writes (its <c>StdAdoDelegate</c> queries name every column; the
/// documentation lists the tables). Quartz does not create them: <see cref="QuartzTablesDbContext"/> maps them and our
/// migrations create them, like every other table (ADR 0015). Times are .NET ticks (UTC) in 64-bit integers.
/// </summary>
internal static class QuartzSchema
{
    private static readonly string[] TriggerKey = ["SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP"];

    public static IReadOnlyList<QuartzTable> Tables { get; } =
    [
        new("JOB_DETAILS",
            [Sched, JobName, JobGroup, Text("DESCRIPTION", 250, true), Text("JOB_CLASS_NAME", 250), Bool("IS_DURABLE"),
             Bool("IS_NONCONCURRENT"), Bool("IS_UPDATE_DATA"), Bool("REQUESTS_RECOVERY"), Bytes("JOB_DATA")],
            ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"])
        {
            Indexes = [["SCHED_NAME", "JOB_GROUP", "JOB_NAME"]],
        },
        new("TRIGGERS",
            [Sched, TriggerName, TriggerGroup, JobName, JobGroup, Text("DESCRIPTION", 250, true), Long("NEXT_FIRE_TIME", true),
             Long("PREV_FIRE_TIME", true), Int("PRIORITY", true), Text("TRIGGER_STATE", 16), Text("TRIGGER_TYPE", 8), Long("START_TIME"),
             Long("END_TIME", true), Text("CALENDAR_NAME", 200, true), Int("MISFIRE_INSTR", true), Long("MISFIRE_ORIG_FIRE_TIME", true),
             Text("EXECUTION_GROUP", 200, true), Text("PREFERRED_NODE", 200, true), Bool("PREFERRED_NODE_AUTO", defaultValue: false),
             Text("RETRY_POLICY", 250, true), Int("RETRY_ATTEMPT", true), Text("CONTINUES_TRIGGER_NAME", 150, true),
             Text("CONTINUES_TRIGGER_GROUP", 150, true), Int("CONTINUATION_CONDITION", true), Int("OVERLAP_POLICY", true),
             Text("PAUSE_REASON", 1000, true), Text("PAUSED_BY", 800, true), Long("PAUSED_AT", true), Long("MISFIRE_THRESHOLD", true),
             Bool("FIXED_DELAY", true), Bytes("JOB_DATA")],
            TriggerKey)
        {
            Parent = ("JOB_DETAILS", ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"], false),
            Indexes =
            [
                ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"], ["SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME"], ["SCHED_NAME", "CALENDAR_NAME"],
                ["SCHED_NAME", "TRIGGER_STATE", "NEXT_FIRE_TIME", "PRIORITY", "MISFIRE_INSTR"],
            ],
        },
        new("SIMPLE_TRIGGERS", [Sched, TriggerName, TriggerGroup, Long("REPEAT_COUNT"), Long("REPEAT_INTERVAL"), Long("TIMES_TRIGGERED")], TriggerKey)
        {
            Parent = ("TRIGGERS", TriggerKey, true),
        },
        new("CRON_TRIGGERS", [Sched, TriggerName, TriggerGroup, Text("CRON_EXPRESSION", 250), Text("TIME_ZONE_ID", 80, true)], TriggerKey)
        {
            Parent = ("TRIGGERS", TriggerKey, true),
        },
        new("SIMPROP_TRIGGERS",
            [Sched, TriggerName, TriggerGroup, Text("STR_PROP_1", 512, true), Text("STR_PROP_2", 512, true), Text("STR_PROP_3", 512, true),
             Int("INT_PROP_1", true), Int("INT_PROP_2", true), Long("LONG_PROP_1", true), Long("LONG_PROP_2", true),
             new("DEC_PROP_1", typeof(decimal), true), new("DEC_PROP_2", typeof(decimal), true), Bool("BOOL_PROP_1", true),
             Bool("BOOL_PROP_2", true), Text("TIME_ZONE_ID", 80, true)],
            TriggerKey)
        {
            Parent = ("TRIGGERS", TriggerKey, true),
        },
        new("BLOB_TRIGGERS", [Sched, TriggerName, TriggerGroup, Bytes("BLOB_DATA")], TriggerKey)
        {
            Parent = ("TRIGGERS", TriggerKey, true),
        },
        new("CALENDARS", [Sched, Text("CALENDAR_NAME", 200), Bytes("CALENDAR", nullable: false)], ["SCHED_NAME", "CALENDAR_NAME"]),
        new("PAUSED_TRIGGER_GRPS", [Sched, TriggerGroup, .. PauseColumns()], ["SCHED_NAME", "TRIGGER_GROUP"]),
        new("PAUSED_JOB_GRPS", [Sched, JobGroup, .. PauseColumns()], ["SCHED_NAME", "JOB_GROUP"]),
        new("FIRED_TRIGGERS",
            [Sched, EntryId, TriggerName, TriggerGroup, Instance, Long("FIRED_TIME"), Long("SCHED_TIME"), Int("PRIORITY"), Text("STATE", 16),
             Text("JOB_NAME", 150, true), Text("JOB_GROUP", 150, true), Bool("IS_NONCONCURRENT"), Bool("REQUESTS_RECOVERY", true),
             Text("EXECUTION_GROUP", 200, true), Int("PROGRESS", true), Text("PROGRESS_MESSAGE", 1000, true),
             Long("INTERRUPT_REQUESTED_TIME", true)],
            ["SCHED_NAME", "ENTRY_ID"])
        {
            Indexes = [["SCHED_NAME", "INSTANCE_NAME", "REQUESTS_RECOVERY"], ["SCHED_NAME", "JOB_NAME", "JOB_GROUP"], ["SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP"]],
        },
        new("SCHEDULER_STATE", [Sched, Instance, Long("LAST_CHECKIN_TIME"), Long("CHECKIN_INTERVAL"), Text("QUARTZ_VERSION", 20, true)],
            ["SCHED_NAME", "INSTANCE_NAME"]),
        new("LOCKS", [Sched, Text("LOCK_NAME", 40)], ["SCHED_NAME", "LOCK_NAME"]),
        new("EXECUTION_HISTORY",
            [Sched, EntryId, Instance, JobName, JobGroup, TriggerName, TriggerGroup, Long("FIRED_TIME"), Long("RUN_TIME"), Bool("SUCCEEDED"),
             Text("ERROR_MESSAGE", 1000, true), Int("RETRY_ATTEMPT", defaultValue: 0), Bool("RETRY_SCHEDULED", defaultValue: false),
             Unbounded("EXECUTION_LOG"), Int("RESULT", true), Text("SUMMARY", 1000, true), Unbounded("METRICS"), Bool("MANUAL", true),
             Text("FIRE_INSTANCE_ID", 140, true), Unbounded("JOB_INPUT"), Bool("JOB_INPUT_TOO_LARGE", true)],
            ["SCHED_NAME", "ENTRY_ID"])
        {
            Indexes =
            [
                ["SCHED_NAME", "FIRED_TIME"], ["SCHED_NAME", "INSTANCE_NAME"], ["SCHED_NAME", "JOB_GROUP", "JOB_NAME", "FIRED_TIME"],
                ["SCHED_NAME", "FIRE_INSTANCE_ID"], ["SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME", "FIRED_TIME"],
            ],
        },
        new("MISFIRE_HISTORY",
            [Sched, EntryId, Instance, TriggerName, TriggerGroup, Text("JOB_NAME", 150, true), Text("JOB_GROUP", 150, true),
             Long("MISFIRE_TIME"), Long("SCHED_TIME", true), Int("REASON", true)],
            ["SCHED_NAME", "ENTRY_ID"])
        {
            Indexes = [["SCHED_NAME", "MISFIRE_TIME"], ["SCHED_NAME", "INSTANCE_NAME"]],
        },
        new("JOB_STATUS",
            [Sched, JobGroup, JobName, Long("FIRST_FIRED_TIME"), Long("LAST_FIRED_TIME"), Int("LAST_RESULT"), Long("LAST_RUN_TIME"),
             Text("LAST_INSTANCE_NAME", 200), Text("LAST_ENTRY_ID", 140, true), Text("LAST_SUMMARY", 1000, true), Long("LAST_SUCCESS_TIME", true),
             Long("LAST_FAILURE_TIME", true), Text("LAST_FAILURE_MESSAGE", 1000, true), Int("CONSECUTIVE_FAILURES", defaultValue: 0),
             new("RUN_COUNT", typeof(long), Default: 0L), new("FAILURE_COUNT", typeof(long), Default: 0L)],
            ["SCHED_NAME", "JOB_GROUP", "JOB_NAME"]),
    ];

    private static QuartzColumn Sched => Text("SCHED_NAME", 120);

    private static QuartzColumn JobName => Text("JOB_NAME", 150);

    private static QuartzColumn JobGroup => Text("JOB_GROUP", 150);

    private static QuartzColumn TriggerName => Text("TRIGGER_NAME", 150);

    private static QuartzColumn TriggerGroup => Text("TRIGGER_GROUP", 150);

    private static QuartzColumn EntryId => Text("ENTRY_ID", 140);

    private static QuartzColumn Instance => Text("INSTANCE_NAME", 200);

    private static QuartzColumn Unbounded(string name) => new(name, typeof(string), true);

    private static QuartzColumn[] PauseColumns() => [Text("PAUSE_REASON", 1000, true), Text("PAUSED_BY", 800, true), Long("PAUSED_AT", true)];
}
