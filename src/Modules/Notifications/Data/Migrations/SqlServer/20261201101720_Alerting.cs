using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Alerting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Title",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(max)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(max)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgeNote",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcknowledgedAt",
                schema: "notifications",
                table: "alerts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedBy",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrelationId",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalationTokenId",
                schema: "notifications",
                table: "alerts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                schema: "notifications",
                table: "alerts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RoutedTo",
                schema: "notifications",
                table: "alerts",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcknowledgeNote",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedBy",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "CorrelationId",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "EscalationTokenId",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "Revision",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "RoutedTo",
                schema: "notifications",
                table: "alerts");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)");

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "notifications",
                table: "alerts",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)");
        }
    }
}
