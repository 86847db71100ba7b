using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.PostgreSql.Breaches
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "breaches");

            migrationBuilder.CreateTable(
                name: "breaches",
                schema: "breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorityDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AffectedCountries = table.Column<List<string>>(type: "text[]", nullable: false),
                    DataCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    SpecialCategoryData = table.Column<bool>(type: "boolean", nullable: false),
                    ApproxSubjectsAffected = table.Column<int>(type: "integer", nullable: false),
                    ApproxRecordsAffected = table.Column<int>(type: "integer", nullable: false),
                    LikelyConsequences = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    MeasuresTaken = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ReportedByProcessor = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breaches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_breaches_AuthorityDeadline",
                schema: "breaches",
                table: "breaches",
                column: "AuthorityDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_breaches_Status",
                schema: "breaches",
                table: "breaches",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breaches",
                schema: "breaches");
        }
    }
}
