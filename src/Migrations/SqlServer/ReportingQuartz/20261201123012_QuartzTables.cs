using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.ReportingQuartz
{
    /// <inheritdoc />
    public partial class QuartzTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "QRTZ_CALENDARS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    CALENDAR_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CALENDAR = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_CALENDARS", x => new { x.SCHED_NAME, x.CALENDAR_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_EXECUTION_HISTORY",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ENTRY_ID = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    ERROR_MESSAGE = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EXECUTION_LOG = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FIRED_TIME = table.Column<long>(type: "bigint", nullable: false),
                    FIRE_INSTANCE_ID = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: true),
                    INSTANCE_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    JOB_INPUT = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    JOB_INPUT_TOO_LARGE = table.Column<bool>(type: "bit", nullable: true),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    MANUAL = table.Column<bool>(type: "bit", nullable: true),
                    METRICS = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RESULT = table.Column<int>(type: "int", nullable: true),
                    RETRY_ATTEMPT = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    RETRY_SCHEDULED = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    RUN_TIME = table.Column<long>(type: "bigint", nullable: false),
                    SUCCEEDED = table.Column<bool>(type: "bit", nullable: false),
                    SUMMARY = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_EXECUTION_HISTORY", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_FIRED_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ENTRY_ID = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    EXECUTION_GROUP = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FIRED_TIME = table.Column<long>(type: "bigint", nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    INTERRUPT_REQUESTED_TIME = table.Column<long>(type: "bigint", nullable: true),
                    IS_NONCONCURRENT = table.Column<bool>(type: "bit", nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    PRIORITY = table.Column<int>(type: "int", nullable: false),
                    PROGRESS = table.Column<int>(type: "int", nullable: true),
                    PROGRESS_MESSAGE = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    REQUESTS_RECOVERY = table.Column<bool>(type: "bit", nullable: true),
                    SCHED_TIME = table.Column<long>(type: "bigint", nullable: false),
                    STATE = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_FIRED_TRIGGERS", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_JOB_DETAILS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    DESCRIPTION = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    IS_DURABLE = table.Column<bool>(type: "bit", nullable: false),
                    IS_NONCONCURRENT = table.Column<bool>(type: "bit", nullable: false),
                    IS_UPDATE_DATA = table.Column<bool>(type: "bit", nullable: false),
                    JOB_CLASS_NAME = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    JOB_DATA = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    REQUESTS_RECOVERY = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_JOB_DETAILS", x => new { x.SCHED_NAME, x.JOB_NAME, x.JOB_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_JOB_STATUS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    CONSECUTIVE_FAILURES = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    FAILURE_COUNT = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    FIRST_FIRED_TIME = table.Column<long>(type: "bigint", nullable: false),
                    LAST_ENTRY_ID = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: true),
                    LAST_FAILURE_MESSAGE = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LAST_FAILURE_TIME = table.Column<long>(type: "bigint", nullable: true),
                    LAST_FIRED_TIME = table.Column<long>(type: "bigint", nullable: false),
                    LAST_INSTANCE_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LAST_RESULT = table.Column<int>(type: "int", nullable: false),
                    LAST_RUN_TIME = table.Column<long>(type: "bigint", nullable: false),
                    LAST_SUCCESS_TIME = table.Column<long>(type: "bigint", nullable: true),
                    LAST_SUMMARY = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RUN_COUNT = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_JOB_STATUS", x => new { x.SCHED_NAME, x.JOB_GROUP, x.JOB_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_LOCKS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    LOCK_NAME = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_LOCKS", x => new { x.SCHED_NAME, x.LOCK_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_MISFIRE_HISTORY",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ENTRY_ID = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    MISFIRE_TIME = table.Column<long>(type: "bigint", nullable: false),
                    REASON = table.Column<int>(type: "int", nullable: true),
                    SCHED_TIME = table.Column<long>(type: "bigint", nullable: true),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_MISFIRE_HISTORY", x => new { x.SCHED_NAME, x.ENTRY_ID });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_PAUSED_JOB_GRPS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    PAUSED_AT = table.Column<long>(type: "bigint", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "nvarchar(800)", maxLength: 800, nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_PAUSED_JOB_GRPS", x => new { x.SCHED_NAME, x.JOB_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_PAUSED_TRIGGER_GRPS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    PAUSED_AT = table.Column<long>(type: "bigint", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "nvarchar(800)", maxLength: 800, nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_PAUSED_TRIGGER_GRPS", x => new { x.SCHED_NAME, x.TRIGGER_GROUP });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SCHEDULER_STATE",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    INSTANCE_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CHECKIN_INTERVAL = table.Column<long>(type: "bigint", nullable: false),
                    LAST_CHECKIN_TIME = table.Column<long>(type: "bigint", nullable: false),
                    QUARTZ_VERSION = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SCHEDULER_STATE", x => new { x.SCHED_NAME, x.INSTANCE_NAME });
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    CALENDAR_NAME = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CONTINUATION_CONDITION = table.Column<int>(type: "int", nullable: true),
                    CONTINUES_TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    CONTINUES_TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    DESCRIPTION = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    END_TIME = table.Column<long>(type: "bigint", nullable: true),
                    EXECUTION_GROUP = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FIXED_DELAY = table.Column<bool>(type: "bit", nullable: true),
                    JOB_DATA = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    JOB_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    JOB_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    MISFIRE_INSTR = table.Column<int>(type: "int", nullable: true),
                    MISFIRE_ORIG_FIRE_TIME = table.Column<long>(type: "bigint", nullable: true),
                    MISFIRE_THRESHOLD = table.Column<long>(type: "bigint", nullable: true),
                    NEXT_FIRE_TIME = table.Column<long>(type: "bigint", nullable: true),
                    OVERLAP_POLICY = table.Column<int>(type: "int", nullable: true),
                    PAUSED_AT = table.Column<long>(type: "bigint", nullable: true),
                    PAUSED_BY = table.Column<string>(type: "nvarchar(800)", maxLength: 800, nullable: true),
                    PAUSE_REASON = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PREFERRED_NODE = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PREFERRED_NODE_AUTO = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    PREV_FIRE_TIME = table.Column<long>(type: "bigint", nullable: true),
                    PRIORITY = table.Column<int>(type: "int", nullable: true),
                    RETRY_ATTEMPT = table.Column<int>(type: "int", nullable: true),
                    RETRY_POLICY = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    START_TIME = table.Column<long>(type: "bigint", nullable: false),
                    TRIGGER_STATE = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TRIGGER_TYPE = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_TRIGGERS_JOB_DETAILS",
                        columns: x => new { x.SCHED_NAME, x.JOB_NAME, x.JOB_GROUP },
                        principalSchema: "reporting",
                        principalTable: "QRTZ_JOB_DETAILS",
                        principalColumns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_BLOB_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    BLOB_DATA = table.Column<byte[]>(type: "varbinary(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_BLOB_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_BLOB_TRIGGERS_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalSchema: "reporting",
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_CRON_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    CRON_EXPRESSION = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    TIME_ZONE_ID = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_CRON_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_CRON_TRIGGERS_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalSchema: "reporting",
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SIMPLE_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    REPEAT_COUNT = table.Column<long>(type: "bigint", nullable: false),
                    REPEAT_INTERVAL = table.Column<long>(type: "bigint", nullable: false),
                    TIMES_TRIGGERED = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SIMPLE_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_SIMPLE_TRIGGERS_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalSchema: "reporting",
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QRTZ_SIMPROP_TRIGGERS",
                schema: "reporting",
                columns: table => new
                {
                    SCHED_NAME = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TRIGGER_NAME = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TRIGGER_GROUP = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    BOOL_PROP_1 = table.Column<bool>(type: "bit", nullable: true),
                    BOOL_PROP_2 = table.Column<bool>(type: "bit", nullable: true),
                    DEC_PROP_1 = table.Column<decimal>(type: "decimal(13,4)", precision: 13, scale: 4, nullable: true),
                    DEC_PROP_2 = table.Column<decimal>(type: "decimal(13,4)", precision: 13, scale: 4, nullable: true),
                    INT_PROP_1 = table.Column<int>(type: "int", nullable: true),
                    INT_PROP_2 = table.Column<int>(type: "int", nullable: true),
                    LONG_PROP_1 = table.Column<long>(type: "bigint", nullable: true),
                    LONG_PROP_2 = table.Column<long>(type: "bigint", nullable: true),
                    STR_PROP_1 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    STR_PROP_2 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    STR_PROP_3 = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    TIME_ZONE_ID = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QRTZ_SIMPROP_TRIGGERS", x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP });
                    table.ForeignKey(
                        name: "FK_QRTZ_SIMPROP_TRIGGERS_TRIGGERS",
                        columns: x => new { x.SCHED_NAME, x.TRIGGER_NAME, x.TRIGGER_GROUP },
                        principalSchema: "reporting",
                        principalTable: "QRTZ_TRIGGERS",
                        principalColumns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_EXECUTION_HISTORY_1",
                schema: "reporting",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_EXECUTION_HISTORY_2",
                schema: "reporting",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_EXECUTION_HISTORY_3",
                schema: "reporting",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "JOB_GROUP", "JOB_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_EXECUTION_HISTORY_4",
                schema: "reporting",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "FIRE_INSTANCE_ID" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_EXECUTION_HISTORY_5",
                schema: "reporting",
                table: "QRTZ_EXECUTION_HISTORY",
                columns: new[] { "SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME", "FIRED_TIME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_FIRED_TRIGGERS_1",
                schema: "reporting",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME", "REQUESTS_RECOVERY" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_FIRED_TRIGGERS_2",
                schema: "reporting",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_FIRED_TRIGGERS_3",
                schema: "reporting",
                table: "QRTZ_FIRED_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_JOB_DETAILS_1",
                schema: "reporting",
                table: "QRTZ_JOB_DETAILS",
                columns: new[] { "SCHED_NAME", "JOB_GROUP", "JOB_NAME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_MISFIRE_HISTORY_1",
                schema: "reporting",
                table: "QRTZ_MISFIRE_HISTORY",
                columns: new[] { "SCHED_NAME", "MISFIRE_TIME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_MISFIRE_HISTORY_2",
                schema: "reporting",
                table: "QRTZ_MISFIRE_HISTORY",
                columns: new[] { "SCHED_NAME", "INSTANCE_NAME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_TRIGGERS_1",
                schema: "reporting",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "JOB_NAME", "JOB_GROUP" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_TRIGGERS_2",
                schema: "reporting",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_GROUP", "TRIGGER_NAME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_TRIGGERS_3",
                schema: "reporting",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "CALENDAR_NAME" });

            migrationBuilder.CreateIndex(
                name: "IX_QRTZ_TRIGGERS_4",
                schema: "reporting",
                table: "QRTZ_TRIGGERS",
                columns: new[] { "SCHED_NAME", "TRIGGER_STATE", "NEXT_FIRE_TIME", "PRIORITY", "MISFIRE_INSTR" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QRTZ_BLOB_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_CALENDARS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_CRON_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_EXECUTION_HISTORY",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_FIRED_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_JOB_STATUS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_LOCKS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_MISFIRE_HISTORY",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_PAUSED_JOB_GRPS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_PAUSED_TRIGGER_GRPS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_SCHEDULER_STATE",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_SIMPLE_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_SIMPROP_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_TRIGGERS",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "QRTZ_JOB_DETAILS",
                schema: "reporting");
        }
    }
}
