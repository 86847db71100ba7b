using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TransferSafeguards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "transfer_safeguards",
                schema: "notifications",
                columns: table => new
                {
                    TransferId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DestinationCountry = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Mechanism = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ImpactAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Removed = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_safeguards", x => x.TransferId);
                });

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
                name: "transfer_safeguards",
                schema: "notifications");
        }
    }
}
