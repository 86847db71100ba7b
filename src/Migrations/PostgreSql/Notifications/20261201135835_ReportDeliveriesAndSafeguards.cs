using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Notifications
{
    /// <inheritdoc />
    public partial class ReportDeliveriesAndSafeguards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_delivery_attempts",
                schema: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientIndex = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProviderMessageId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_delivery_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_safeguards",
                schema: "notifications",
                columns: table => new
                {
                    TransferId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DestinationCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Mechanism = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImpactAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_safeguards", x => x.TransferId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_delivery_attempts_ReportId_RecipientIndex_At",
                schema: "notifications",
                table: "report_delivery_attempts",
                columns: new[] { "ReportId", "RecipientIndex", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_safeguards_OrganizationId_DestinationCountry",
                schema: "notifications",
                table: "transfer_safeguards",
                columns: new[] { "OrganizationId", "DestinationCountry" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_delivery_attempts",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "transfer_safeguards",
                schema: "notifications");
        }
    }
}
