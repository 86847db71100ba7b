using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.SqlServer.Breaches
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AuthorityDeadline = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AffectedCountries = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DataCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SpecialCategoryData = table.Column<bool>(type: "bit", nullable: false),
                    ApproxSubjectsAffected = table.Column<int>(type: "int", nullable: false),
                    ApproxRecordsAffected = table.Column<int>(type: "int", nullable: false),
                    LikelyConsequences = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    MeasuresTaken = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    ReportedByProcessor = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
