using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.Security
{
    /// <inheritdoc />
    public partial class SecurityEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitored_systems",
                schema: "security",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    System = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EncryptionCondition = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FirstVerificationAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastSuccessfulVerificationAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    StaleAlertedFor = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitored_systems", x => new { x.OrganizationId, x.System });
                });

            migrationBuilder.CreateTable(
                name: "principal_hourly_reads",
                schema: "security",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Principal = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hour = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordsRead = table.Column<long>(type: "bigint", nullable: false),
                    DeniedAttempts = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_principal_hourly_reads", x => new { x.OrganizationId, x.Principal, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "rule_firings",
                schema: "security",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FiredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_firings", x => new { x.OrganizationId, x.Rule, x.Subject });
                });

            migrationBuilder.CreateTable(
                name: "scans",
                schema: "security",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScanId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_alerts",
                schema: "security",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PotentialBreach = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_events",
                schema: "security",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Principal = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Resource = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    RecordsRead = table.Column<int>(type: "int", nullable: true),
                    System = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EncryptionStatus = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Algorithm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    KeyAgeDays = table.Column<int>(type: "int", nullable: true),
                    PersonalData = table.Column<bool>(type: "bit", nullable: true),
                    RestoreSucceeded = table.Column<bool>(type: "bit", nullable: true),
                    TestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RpoMinutes = table.Column<int>(type: "int", nullable: true),
                    IssueId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CvssScore = table.Column<decimal>(type: "decimal(3,1)", precision: 3, scale: 1, nullable: true),
                    Asset = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_rules",
                schema: "security",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Thresholds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_rules", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "scan_issues",
                schema: "security",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    ScanRowId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IssueId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CvssScore = table.Column<decimal>(type: "decimal(3,1)", precision: 3, scale: 1, nullable: false),
                    Asset = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_issues", x => new { x.ScanRowId, x.Number });
                    table.ForeignKey(
                        name: "FK_scan_issues_scans_ScanRowId",
                        column: x => x.ScanRowId,
                        principalSchema: "security",
                        principalTable: "scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitored_systems_LastSuccessfulVerificationAt",
                schema: "security",
                table: "monitored_systems",
                column: "LastSuccessfulVerificationAt");

            migrationBuilder.CreateIndex(
                name: "IX_scans_OrganizationId_ScanId",
                schema: "security",
                table: "scans",
                columns: new[] { "OrganizationId", "ScanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_alerts_OrganizationId_RaisedAt",
                schema: "security",
                table: "security_alerts",
                columns: new[] { "OrganizationId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_OccurredAt",
                schema: "security",
                table: "security_events",
                columns: new[] { "OrganizationId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_Principal_OccurredAt",
                schema: "security",
                table: "security_events",
                columns: new[] { "OrganizationId", "Principal", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_Source_ExternalId",
                schema: "security",
                table: "security_events",
                columns: new[] { "OrganizationId", "Source", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitored_systems",
                schema: "security");

            migrationBuilder.DropTable(
                name: "principal_hourly_reads",
                schema: "security");

            migrationBuilder.DropTable(
                name: "rule_firings",
                schema: "security");

            migrationBuilder.DropTable(
                name: "scan_issues",
                schema: "security");

            migrationBuilder.DropTable(
                name: "security_alerts",
                schema: "security");

            migrationBuilder.DropTable(
                name: "security_events",
                schema: "security");

            migrationBuilder.DropTable(
                name: "security_rules",
                schema: "security");

            migrationBuilder.DropTable(
                name: "scans",
                schema: "security");
        }
    }
}
