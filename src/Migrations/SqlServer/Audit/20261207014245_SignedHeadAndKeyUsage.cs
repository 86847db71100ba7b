using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.Audit
{
    /// <inheritdoc />
    public partial class SignedHeadAndKeyUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                schema: "audit",
                table: "audit_chain_head",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "LegacySignaturesUntil",
                schema: "audit",
                table: "audit_chain_head",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Signature",
                schema: "audit",
                table: "audit_chain_head",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "key_usage",
                schema: "audit",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Encryptions = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_usage", x => x.KeyId);
                });

            migrationBuilder.UpdateData(
                schema: "audit",
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
                name: "key_usage",
                schema: "audit");

            migrationBuilder.DropColumn(
                name: "KeyId",
                schema: "audit",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "LegacySignaturesUntil",
                schema: "audit",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "Signature",
                schema: "audit",
                table: "audit_chain_head");
        }
    }
}
