using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Reporting
{
    /// <inheritdoc />
    public partial class RegistersAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "performed_transfers",
                schema: "reporting",
                columns: table => new
                {
                    DeliveryAttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TransferId = table.Column<Guid>(type: "uuid", nullable: true),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DestinationCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TransferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_performed_transfers", x => x.DeliveryAttemptId);
                });

            migrationBuilder.CreateTable(
                name: "processing_activities",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purposes = table.Column<List<string>>(type: "text[]", nullable: false),
                    DataSubjectCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    PersonalDataCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecipientCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Transfers = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Retention = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SecurityMeasures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processing_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processors",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DpaSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubProcessors = table.Column<List<string>>(type: "text[]", nullable: false),
                    LastAuditOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "register_changes",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Register = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedFields = table.Column<List<string>>(type: "text[]", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_chunks",
                schema: "reporting",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_chunks", x => new { x.ReportId, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "report_distributions",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false),
                    Delivered = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_distributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_schedules",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Cron = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Recipients = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_schedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScheduleKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Failure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RowCount = table.Column<long>(type: "bigint", nullable: false),
                    ContentLength = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Signature = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SigningKeyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "request_log",
                schema: "reporting",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExtendedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_log", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DestinationCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Mechanism = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImpactAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_performed_transfers_OrganizationId_TransferredAt",
                schema: "reporting",
                table: "performed_transfers",
                columns: new[] { "OrganizationId", "TransferredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_processing_activities_OrganizationId_Name",
                schema: "reporting",
                table: "processing_activities",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_processors_OrganizationId",
                schema: "reporting",
                table: "processors",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_register_changes_OrganizationId_ChangedAt",
                schema: "reporting",
                table: "register_changes",
                columns: new[] { "OrganizationId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_register_changes_Register_EntryId",
                schema: "reporting",
                table: "register_changes",
                columns: new[] { "Register", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_report_distributions_ReportId",
                schema: "reporting",
                table: "report_distributions",
                column: "ReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_schedules_OrganizationId_Type",
                schema: "reporting",
                table: "report_schedules",
                columns: new[] { "OrganizationId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_OrganizationId_RequestedAt",
                schema: "reporting",
                table: "reports",
                columns: new[] { "OrganizationId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_OrganizationId_ScheduleKey",
                schema: "reporting",
                table: "reports",
                columns: new[] { "OrganizationId", "ScheduleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_CompletedAt",
                schema: "reporting",
                table: "request_log",
                columns: new[] { "OrganizationId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt_RequestId",
                schema: "reporting",
                table: "request_log",
                columns: new[] { "OrganizationId", "ReceivedAt", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_OrganizationId",
                schema: "reporting",
                table: "transfers",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "performed_transfers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "processing_activities",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "processors",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "register_changes",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "report_chunks",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "report_distributions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "report_schedules",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "reports",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "request_log",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "transfers",
                schema: "reporting");
        }
    }
}
