using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.Breaches
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_breaches_Status",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "breaches");

            migrationBuilder.AddColumn<long>(
                name: "AssessedAt",
                table: "breaches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                table: "breaches",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "breaches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosingSummary",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ControllerNotifiedAt",
                table: "breaches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedSource",
                table: "breaches",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MainEstablishment",
                table: "breaches",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredAuthorities",
                table: "breaches",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "breaches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RiskLevel",
                table: "breaches",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskRationale",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectChannel",
                table: "breaches",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectExemption",
                table: "breaches",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectExemptionRationale",
                table: "breaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubjectRecipients",
                table: "breaches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubjectsInformedAt",
                table: "breaches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "authority_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorityCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReasonsForDelay = table.Column<string>(type: "TEXT", nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "breach_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "breach_workflows",
                columns: table => new
                {
                    CorrelationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorityDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedByProcessor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApproxSubjectsAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectedCountries = table.Column<string>(type: "TEXT", nullable: false),
                    ClockStarted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RiskAssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredAuthorities = table.Column<string>(type: "TEXT", nullable: false),
                    NotifiedAuthorities = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubjectCommunicationRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    ControllerNotified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineMissed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReminderTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeadlineTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ControllerTokenId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_workflows", x => x.CorrelationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_breaches_LinkedSource",
                table: "breaches",
                column: "LinkedSource",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authority_notifications_BreachId_AuthorityCountry_Phase",
                table: "authority_notifications",
                columns: new[] { "BreachId", "AuthorityCountry", "Phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_breach_timeline_BreachId_At",
                table: "breach_timeline",
                columns: new[] { "BreachId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_breach_workflows_CurrentState",
                table: "breach_workflows",
                column: "CurrentState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authority_notifications");

            migrationBuilder.DropTable(
                name: "breach_timeline");

            migrationBuilder.DropTable(
                name: "breach_workflows");

            migrationBuilder.DropIndex(
                name: "IX_breaches_LinkedSource",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "AssessedAt",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "AssessedBy",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ClosingSummary",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "ControllerNotifiedAt",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "LinkedSource",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "MainEstablishment",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RequiredAuthorities",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RiskLevel",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "RiskRationale",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectChannel",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectExemption",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectExemptionRationale",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectRecipients",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "SubjectsInformedAt",
                table: "breaches");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "breaches",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_breaches_Status",
                table: "breaches",
                column: "Status");
        }
    }
}
