using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.Audit
{
    /// <inheritdoc />
    public partial class RetentionAnchor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                schema: "audit",
                table: "audit_chain_head",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "0000000000000000000000000000000000000000000000000000000000000000");

            migrationBuilder.AddColumn<long>(
                name: "AnchorSequence",
                schema: "audit",
                table: "audit_chain_head",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                schema: "audit",
                table: "audit_chain_head",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "AnchorHash", "AnchorSequence" },
                values: new object[] { "0000000000000000000000000000000000000000000000000000000000000000", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnchorHash",
                schema: "audit",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "AnchorSequence",
                schema: "audit",
                table: "audit_chain_head");
        }
    }
}
