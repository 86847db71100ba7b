using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class RetentionAnchor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                table: "audit_chain_head",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "0000000000000000000000000000000000000000000000000000000000000000");

            migrationBuilder.AddColumn<long>(
                name: "AnchorSequence",
                table: "audit_chain_head",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
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
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "AnchorSequence",
                table: "audit_chain_head");
        }
    }
}
