using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.Audit
{
    /// <inheritdoc />
    public partial class AuditOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                schema: "audit",
                table: "audit_entries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_OrganizationId_Sequence",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "OrganizationId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entries_OrganizationId_Sequence",
                schema: "audit",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                schema: "audit",
                table: "audit_entries");
        }
    }
}
