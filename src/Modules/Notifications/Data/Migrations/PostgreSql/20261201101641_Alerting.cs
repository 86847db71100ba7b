using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Notifications.Data.Migrations.PostgreSql
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
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "notifications",
                table: "alerts",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgeNote",
                schema: "notifications",
                table: "alerts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcknowledgedAt",
                schema: "notifications",
                table: "alerts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedBy",
                schema: "notifications",
                table: "alerts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrelationId",
                schema: "notifications",
                table: "alerts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalationTokenId",
                schema: "notifications",
                table: "alerts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                schema: "notifications",
                table: "alerts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RoutedTo",
                schema: "notifications",
                table: "alerts",
                type: "uuid",
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Body",
                schema: "notifications",
                table: "alerts",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
