using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.ReportingQuartz
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
                name: "qrtz_calendars",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    calendar_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    calendar = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_calendars", x => new { x.sched_name, x.calendar_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_execution_history",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    error_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    execution_log = table.Column<string>(type: "text", nullable: true),
                    fire_instance_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true),
                    fired_time = table.Column<long>(type: "bigint", nullable: false),
                    instance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    job_input = table.Column<string>(type: "text", nullable: true),
                    job_input_too_large = table.Column<bool>(type: "boolean", nullable: true),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    manual = table.Column<bool>(type: "boolean", nullable: true),
                    metrics = table.Column<string>(type: "text", nullable: true),
                    result = table.Column<int>(type: "integer", nullable: true),
                    retry_attempt = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    retry_scheduled = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    run_time = table.Column<long>(type: "bigint", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_execution_history", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_fired_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    execution_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    fired_time = table.Column<long>(type: "bigint", nullable: false),
                    instance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    interrupt_requested_time = table.Column<long>(type: "bigint", nullable: true),
                    is_nonconcurrent = table.Column<bool>(type: "boolean", nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: true),
                    progress_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    requests_recovery = table.Column<bool>(type: "boolean", nullable: true),
                    sched_time = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_fired_triggers", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_job_details",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    description = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    is_durable = table.Column<bool>(type: "boolean", nullable: false),
                    is_nonconcurrent = table.Column<bool>(type: "boolean", nullable: false),
                    is_update_data = table.Column<bool>(type: "boolean", nullable: false),
                    job_class_name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    job_data = table.Column<byte[]>(type: "bytea", nullable: true),
                    requests_recovery = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_job_details", x => new { x.sched_name, x.job_name, x.job_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_job_status",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    failure_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    first_fired_time = table.Column<long>(type: "bigint", nullable: false),
                    last_entry_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true),
                    last_failure_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_failure_time = table.Column<long>(type: "bigint", nullable: true),
                    last_fired_time = table.Column<long>(type: "bigint", nullable: false),
                    last_instance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    last_result = table.Column<int>(type: "integer", nullable: false),
                    last_run_time = table.Column<long>(type: "bigint", nullable: false),
                    last_success_time = table.Column<long>(type: "bigint", nullable: true),
                    last_summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    run_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_job_status", x => new { x.sched_name, x.job_group, x.job_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_locks",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    lock_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_locks", x => new { x.sched_name, x.lock_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_misfire_history",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    instance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    misfire_time = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<int>(type: "integer", nullable: true),
                    sched_time = table.Column<long>(type: "bigint", nullable: true),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_misfire_history", x => new { x.sched_name, x.entry_id });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_paused_job_grps",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    pause_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_paused_job_grps", x => new { x.sched_name, x.job_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_paused_trigger_grps",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    pause_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_paused_trigger_grps", x => new { x.sched_name, x.trigger_group });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_scheduler_state",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    instance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    checkin_interval = table.Column<long>(type: "bigint", nullable: false),
                    last_checkin_time = table.Column<long>(type: "bigint", nullable: false),
                    quartz_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_scheduler_state", x => new { x.sched_name, x.instance_name });
                });

            migrationBuilder.CreateTable(
                name: "qrtz_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    calendar_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    continuation_condition = table.Column<int>(type: "integer", nullable: true),
                    continues_trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    continues_trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    description = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    end_time = table.Column<long>(type: "bigint", nullable: true),
                    execution_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    fixed_delay = table.Column<bool>(type: "boolean", nullable: true),
                    job_data = table.Column<byte[]>(type: "bytea", nullable: true),
                    job_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    job_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    misfire_instr = table.Column<int>(type: "integer", nullable: true),
                    misfire_orig_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    misfire_threshold = table.Column<long>(type: "bigint", nullable: true),
                    next_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    overlap_policy = table.Column<int>(type: "integer", nullable: true),
                    pause_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paused_at = table.Column<long>(type: "bigint", nullable: true),
                    paused_by = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
                    preferred_node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    preferred_node_auto = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    prev_fire_time = table.Column<long>(type: "bigint", nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: true),
                    retry_attempt = table.Column<int>(type: "integer", nullable: true),
                    retry_policy = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    start_time = table.Column<long>(type: "bigint", nullable: false),
                    trigger_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    trigger_type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_triggers_job_details",
                        columns: x => new { x.sched_name, x.job_name, x.job_group },
                        principalSchema: "reporting",
                        principalTable: "qrtz_job_details",
                        principalColumns: new[] { "sched_name", "job_name", "job_group" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_blob_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    blob_data = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_blob_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_blob_triggers_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalSchema: "reporting",
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_cron_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    cron_expression = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_cron_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_cron_triggers_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalSchema: "reporting",
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_simple_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    repeat_count = table.Column<long>(type: "bigint", nullable: false),
                    repeat_interval = table.Column<long>(type: "bigint", nullable: false),
                    times_triggered = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_simple_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_simple_triggers_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalSchema: "reporting",
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qrtz_simprop_triggers",
                schema: "reporting",
                columns: table => new
                {
                    sched_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    trigger_group = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    bool_prop_1 = table.Column<bool>(type: "boolean", nullable: true),
                    bool_prop_2 = table.Column<bool>(type: "boolean", nullable: true),
                    dec_prop_1 = table.Column<decimal>(type: "numeric(13,4)", precision: 13, scale: 4, nullable: true),
                    dec_prop_2 = table.Column<decimal>(type: "numeric(13,4)", precision: 13, scale: 4, nullable: true),
                    int_prop_1 = table.Column<int>(type: "integer", nullable: true),
                    int_prop_2 = table.Column<int>(type: "integer", nullable: true),
                    long_prop_1 = table.Column<long>(type: "bigint", nullable: true),
                    long_prop_2 = table.Column<long>(type: "bigint", nullable: true),
                    str_prop_1 = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    str_prop_2 = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    str_prop_3 = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    time_zone_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qrtz_simprop_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                    table.ForeignKey(
                        name: "fk_qrtz_simprop_triggers_triggers",
                        columns: x => new { x.sched_name, x.trigger_name, x.trigger_group },
                        principalSchema: "reporting",
                        principalTable: "qrtz_triggers",
                        principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_execution_history_1",
                schema: "reporting",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_execution_history_2",
                schema: "reporting",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "instance_name" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_execution_history_3",
                schema: "reporting",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "job_group", "job_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_execution_history_4",
                schema: "reporting",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "fire_instance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_execution_history_5",
                schema: "reporting",
                table: "qrtz_execution_history",
                columns: new[] { "sched_name", "trigger_group", "trigger_name", "fired_time" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_fired_triggers_1",
                schema: "reporting",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "instance_name", "requests_recovery" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_fired_triggers_2",
                schema: "reporting",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "job_name", "job_group" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_fired_triggers_3",
                schema: "reporting",
                table: "qrtz_fired_triggers",
                columns: new[] { "sched_name", "trigger_name", "trigger_group" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_job_details_1",
                schema: "reporting",
                table: "qrtz_job_details",
                columns: new[] { "sched_name", "job_group", "job_name" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_misfire_history_1",
                schema: "reporting",
                table: "qrtz_misfire_history",
                columns: new[] { "sched_name", "misfire_time" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_misfire_history_2",
                schema: "reporting",
                table: "qrtz_misfire_history",
                columns: new[] { "sched_name", "instance_name" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_triggers_1",
                schema: "reporting",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "job_name", "job_group" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_triggers_2",
                schema: "reporting",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "trigger_group", "trigger_name" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_triggers_3",
                schema: "reporting",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "calendar_name" });

            migrationBuilder.CreateIndex(
                name: "ix_qrtz_triggers_4",
                schema: "reporting",
                table: "qrtz_triggers",
                columns: new[] { "sched_name", "trigger_state", "next_fire_time", "priority", "misfire_instr" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "qrtz_blob_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_calendars",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_cron_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_execution_history",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_fired_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_job_status",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_locks",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_misfire_history",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_paused_job_grps",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_paused_trigger_grps",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_scheduler_state",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_simple_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_simprop_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_triggers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "qrtz_job_details",
                schema: "reporting");
        }
    }
}
