using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.Security
{
    /// <inheritdoc />
    public partial class SecurityEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitored_systems",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EncryptionCondition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstVerificationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessfulVerificationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StaleAlertedFor = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitored_systems", x => new { x.OrganizationId, x.System });
                });

            migrationBuilder.CreateTable(
                name: "principal_hourly_reads",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Principal = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hour = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordsRead = table.Column<long>(type: "INTEGER", nullable: false),
                    DeniedAttempts = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_principal_hourly_reads", x => new { x.OrganizationId, x.Principal, x.Hour });
                });

            migrationBuilder.CreateTable(
                name: "rule_firings",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_firings", x => new { x.OrganizationId, x.Rule, x.Subject });
                });

            migrationBuilder.CreateTable(
                name: "scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PotentialBreach = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Principal = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    RecordsRead = table.Column<int>(type: "INTEGER", nullable: true),
                    System = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EncryptionStatus = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    KeyAgeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonalData = table.Column<bool>(type: "INTEGER", nullable: true),
                    RestoreSucceeded = table.Column<bool>(type: "INTEGER", nullable: true),
                    TestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RpoMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    IssueId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CvssScore = table.Column<decimal>(type: "TEXT", precision: 3, scale: 1, nullable: true),
                    Asset = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_rules",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Thresholds = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_rules", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "scan_issues",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ScanRowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CvssScore = table.Column<decimal>(type: "TEXT", precision: 3, scale: 1, nullable: false),
                    Asset = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_issues", x => new { x.ScanRowId, x.Number });
                    table.ForeignKey(
                        name: "FK_scan_issues_scans_ScanRowId",
                        column: x => x.ScanRowId,
                        principalTable: "scans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitored_systems_LastSuccessfulVerificationAt",
                table: "monitored_systems",
                column: "LastSuccessfulVerificationAt");

            migrationBuilder.CreateIndex(
                name: "IX_scans_OrganizationId_ScanId",
                table: "scans",
                columns: new[] { "OrganizationId", "ScanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_alerts_OrganizationId_RaisedAt",
                table: "security_alerts",
                columns: new[] { "OrganizationId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_OccurredAt",
                table: "security_events",
                columns: new[] { "OrganizationId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_Principal_OccurredAt",
                table: "security_events",
                columns: new[] { "OrganizationId", "Principal", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_security_events_OrganizationId_Source_ExternalId",
                table: "security_events",
                columns: new[] { "OrganizationId", "Source", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitored_systems");

            migrationBuilder.DropTable(
                name: "principal_hourly_reads");

            migrationBuilder.DropTable(
                name: "rule_firings");

            migrationBuilder.DropTable(
                name: "scan_issues");

            migrationBuilder.DropTable(
                name: "security_alerts");

            migrationBuilder.DropTable(
                name: "security_events");

            migrationBuilder.DropTable(
                name: "security_rules");

            migrationBuilder.DropTable(
                name: "scans");
        }
    }
}
