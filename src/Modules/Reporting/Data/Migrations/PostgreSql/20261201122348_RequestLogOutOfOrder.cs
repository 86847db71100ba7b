using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RequestLogOutOfOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt",
                schema: "reporting",
                table: "request_log");

            migrationBuilder.AlterColumn<string>(
                name: "RequestType",
                schema: "reporting",
                table: "request_log",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ReceivedAt",
                schema: "reporting",
                table: "request_log",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "DueAt",
                schema: "reporting",
                table: "request_log",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt_RequestId",
                schema: "reporting",
                table: "request_log",
                columns: new[] { "OrganizationId", "ReceivedAt", "RequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt_RequestId",
                schema: "reporting",
                table: "request_log");

            migrationBuilder.AlterColumn<string>(
                name: "RequestType",
                schema: "reporting",
                table: "request_log",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ReceivedAt",
                schema: "reporting",
                table: "request_log",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "DueAt",
                schema: "reporting",
                table: "request_log",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_log_OrganizationId_ReceivedAt",
                schema: "reporting",
                table: "request_log",
                columns: new[] { "OrganizationId", "ReceivedAt" });
        }
    }
}
