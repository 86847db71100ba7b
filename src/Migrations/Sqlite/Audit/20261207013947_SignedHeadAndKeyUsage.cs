using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class SignedHeadAndKeyUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "audit_chain_head",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "LegacySignaturesUntil",
                table: "audit_chain_head",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Signature",
                table: "audit_chain_head",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "key_usage",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Encryptions = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_usage", x => x.KeyId);
                });

            migrationBuilder.UpdateData(
                table: "audit_chain_head",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "KeyId", "LegacySignaturesUntil", "Signature" },
                values: new object[] { "", 0L, "" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "key_usage");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "LegacySignaturesUntil",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "Signature",
                table: "audit_chain_head");
        }
    }
}
