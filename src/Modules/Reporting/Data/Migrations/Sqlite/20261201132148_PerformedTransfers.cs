using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformedTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "performed_transfers",
                columns: table => new
                {
                    DeliveryAttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TransferredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_performed_transfers", x => x.DeliveryAttemptId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_performed_transfers_OrganizationId_TransferredAt",
                table: "performed_transfers",
                columns: new[] { "OrganizationId", "TransferredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "performed_transfers");
        }
    }
}
