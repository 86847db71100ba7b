using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.DataSubjectRequests
{
    /// <inheritdoc />
    public partial class Requests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fulfilment_systems",
                schema: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestTypes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Secret = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fulfilment_systems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "request_timeline",
                schema: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "request_workflows",
                schema: "data_subject_requests",
                columns: table => new
                {
                    CorrelationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CurrentState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClockStopped = table.Column<bool>(type: "bit", nullable: false),
                    ClockStarted = table.Column<bool>(type: "bit", nullable: false),
                    Responded = table.Column<bool>(type: "bit", nullable: false),
                    Overdue = table.Column<bool>(type: "bit", nullable: false),
                    RemindersSent = table.Column<int>(type: "int", nullable: false),
                    ReminderTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OverdueTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_workflows", x => x.CorrelationId);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                schema: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubjectName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SubjectEmail = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SubjectIdentifier = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SubjectErasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IdentityOutcome = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IdentityMethod = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ExtensionMonths = table.Column<int>(type: "int", nullable: false),
                    ExtensionReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ExtendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExtensionNoticeSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subject_keys",
                schema: "data_subject_requests",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WrappedKey = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_keys", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "clock_pauses",
                schema: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clock_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clock_pauses_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "data_subject_requests",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fulfilment_tasks",
                schema: "data_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SystemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SystemName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fulfilment_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fulfilment_tasks_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "data_subject_requests",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clock_pauses_RequestId",
                schema: "data_subject_requests",
                table: "clock_pauses",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_fulfilment_systems_OrganizationId",
                schema: "data_subject_requests",
                table: "fulfilment_systems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_fulfilment_tasks_MessageId",
                schema: "data_subject_requests",
                table: "fulfilment_tasks",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fulfilment_tasks_RequestId",
                schema: "data_subject_requests",
                table: "fulfilment_tasks",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_timeline_RequestId_At",
                schema: "data_subject_requests",
                table: "request_timeline",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_DueAt",
                schema: "data_subject_requests",
                table: "requests",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_requests_OrganizationId_ReceivedAt",
                schema: "data_subject_requests",
                table: "requests",
                columns: new[] { "OrganizationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_RespondedAt",
                schema: "data_subject_requests",
                table: "requests",
                column: "RespondedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clock_pauses",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "fulfilment_systems",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "fulfilment_tasks",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "request_timeline",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "request_workflows",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "subject_keys",
                schema: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "requests",
                schema: "data_subject_requests");
        }
    }
}
