using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Security
{
    /// <inheritdoc />
    public partial class PendingEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_security_events_pending",
                schema: "security",
                table: "security_events",
                columns: new[] { "OrganizationId", "Source", "ReceivedAt" },
                filter: "\"EvaluatedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_security_events_pending",
                schema: "security",
                table: "security_events");
        }
    }
}
