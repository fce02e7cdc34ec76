using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegionLeasesAndMonitoringChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "RegionRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseId",
                table: "RegionRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MonitoringChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringChanges_MunicipalityId_Year",
                table: "MonitoringChanges",
                columns: new[] { "MunicipalityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringChanges_OrganizationId_Year",
                table: "MonitoringChanges",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringChanges_RegionId_Year",
                table: "MonitoringChanges",
                columns: new[] { "RegionId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringChanges");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "RegionRuns");

            migrationBuilder.DropColumn(
                name: "LeaseId",
                table: "RegionRuns");
        }
    }
}
