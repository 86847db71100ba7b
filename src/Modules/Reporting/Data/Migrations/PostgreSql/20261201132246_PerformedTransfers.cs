using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PerformedTransfers : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_performed_transfers_OrganizationId_TransferredAt",
                schema: "reporting",
                table: "performed_transfers",
                columns: new[] { "OrganizationId", "TransferredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "performed_transfers",
                schema: "reporting");
        }
    }
}
