using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Notifications
{
    /// <inheritdoc />
    public partial class AddOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                schema: "notifications",
                table: "alerts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_OrganizationId_RaisedAt",
                schema: "notifications",
                table: "alerts",
                columns: new[] { "OrganizationId", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_alerts_OrganizationId_RaisedAt",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                schema: "notifications",
                table: "alerts");
        }
    }
}
