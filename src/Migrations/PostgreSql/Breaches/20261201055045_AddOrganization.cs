using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Breaches
{
    /// <inheritdoc />
    public partial class AddOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                schema: "breaches",
                table: "breaches",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_breaches_OrganizationId",
                schema: "breaches",
                table: "breaches",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_breaches_OrganizationId",
                schema: "breaches",
                table: "breaches");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                schema: "breaches",
                table: "breaches");
        }
    }
}
