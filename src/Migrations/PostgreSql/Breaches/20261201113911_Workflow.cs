using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Breaches
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_breaches_Status",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssessedAt",
                schema: "breaches",
                table: "breaches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                schema: "breaches",
                table: "breaches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                schema: "breaches",
                table: "breaches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosingSummary",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ControllerNotifiedAt",
                schema: "breaches",
                table: "breaches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedSource",
                schema: "breaches",
                table: "breaches",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MainEstablishment",
                schema: "breaches",
                table: "breaches",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "RequiredAuthorities",
                schema: "breaches",
                table: "breaches",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                schema: "breaches",
                table: "breaches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RiskLevel",
                schema: "breaches",
                table: "breaches",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskRationale",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectChannel",
                schema: "breaches",
                table: "breaches",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectExemption",
                schema: "breaches",
                table: "breaches",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectExemptionRationale",
                schema: "breaches",
                table: "breaches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubjectRecipients",
                schema: "breaches",
                table: "breaches",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubjectsInformedAt",
                schema: "breaches",
                table: "breaches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "authority_notifications",
                schema: "breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorityCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReasonsForDelay = table.Column<string>(type: "text", nullable: true),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "breach_timeline",
                schema: "breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "breach_workflows",
                schema: "breaches",
                columns: table => new
                {
                    CorrelationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CurrentState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorityDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedByProcessor = table.Column<bool>(type: "boolean", nullable: false),
                    ApproxSubjectsAffected = table.Column<int>(type: "integer", nullable: false),
                    AffectedCountries = table.Column<List<string>>(type: "text[]", nullable: false),
                    ClockStarted = table.Column<bool>(type: "boolean", nullable: false),
                    RiskLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RiskAssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RequiredAuthorities = table.Column<List<string>>(type: "text[]", nullable: false),
                    NotifiedAuthorities = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubjectOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SubjectCommunicationRequested = table.Column<bool>(type: "boolean", nullable: false),
                    ControllerNotified = table.Column<bool>(type: "boolean", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    RemindersSent = table.Column<int>(type: "integer", nullable: false),
                    DeadlineMissed = table.Column<bool>(type: "boolean", nullable: false),
                    ReminderTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeadlineTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ControllerTokenId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_workflows", x => x.CorrelationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_breaches_LinkedSource",
                schema: "breaches",
                table: "breaches",
                column: "LinkedSource",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authority_notifications_BreachId_AuthorityCountry_Phase",
                schema: "breaches",
                table: "authority_notifications",
                columns: new[] { "BreachId", "AuthorityCountry", "Phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_breach_timeline_BreachId_At",
                schema: "breaches",
                table: "breach_timeline",
                columns: new[] { "BreachId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_breach_workflows_CurrentState",
                schema: "breaches",
                table: "breach_workflows",
                column: "CurrentState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authority_notifications",
                schema: "breaches");

            migrationBuilder.DropTable(
                name: "breach_timeline",
                schema: "breaches");

            migrationBuilder.DropTable(
                name: "breach_workflows",
                schema: "breaches");

            migrationBuilder.DropIndex(
                name: "IX_breaches_LinkedSource",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "AssessedAt",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "AssessedBy",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ClosingSummary",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactName",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ControllerNotifiedAt",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "LinkedSource",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "MainEstablishment",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RequiredAuthorities",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "Revision",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RiskLevel",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RiskRationale",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectChannel",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectExemption",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectExemptionRationale",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectRecipients",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectsInformedAt",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "breaches",
                table: "breaches",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_breaches_Status",
                schema: "breaches",
                table: "breaches",
                column: "Status");
        }
    }
}
