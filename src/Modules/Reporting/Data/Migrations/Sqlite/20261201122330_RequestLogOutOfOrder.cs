using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestLogOutOfOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt",
                table: "request_log");

            migrationBuilder.AlterColumn<string>(
                name: "RequestType",
                table: "request_log",
                type: "TEXT",
                maxLength: 30,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 30);

            migrationBuilder.AlterColumn<long>(
                name: "ReceivedAt",
                table: "request_log",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "request_log",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt_RequestId",
                table: "request_log",
                columns: new[] { "OrganizationId", "ReceivedAt", "RequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt_RequestId",
                table: "request_log");

            migrationBuilder.AlterColumn<string>(
                name: "RequestType",
                table: "request_log",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 30,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ReceivedAt",
                table: "request_log",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "DueAt",
                table: "request_log",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt",
                table: "request_log",
                columns: new[] { "OrganizationId", "ReceivedAt" });
        }
    }
}
