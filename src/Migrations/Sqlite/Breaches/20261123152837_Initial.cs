using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.Breaches
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorityDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AffectedCountries = table.Column<string>(type: "TEXT", nullable: false),
                    DataCategories = table.Column<string>(type: "TEXT", nullable: false),
                    SpecialCategoryData = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApproxSubjectsAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    ApproxRecordsAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    LikelyConsequences = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    MeasuresTaken = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ReportedByProcessor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breaches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_breaches_AuthorityDeadline",
                table: "breaches",
                column: "AuthorityDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_breaches_Status",
                table: "breaches",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breaches");
        }
    }
}
