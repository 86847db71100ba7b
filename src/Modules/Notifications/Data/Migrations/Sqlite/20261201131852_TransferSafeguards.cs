using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TransferSafeguards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "transfer_safeguards",
                columns: table => new
                {
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Mechanism = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImpactAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_safeguards", x => x.TransferId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_safeguards_OrganizationId_DestinationCountry",
                table: "transfer_safeguards",
                columns: new[] { "OrganizationId", "DestinationCountry" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "transfer_safeguards");
        }
    }
}
