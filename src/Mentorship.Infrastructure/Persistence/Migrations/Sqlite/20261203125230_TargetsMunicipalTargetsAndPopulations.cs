using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TargetsMunicipalTargetsAndPopulations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsCount",
                table: "IndicatorTargets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "MunicipalityId",
                table: "IndicatorTargets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NotPlaced",
                table: "IndicatorSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AdditionalEducationPupilsMentored",
                table: "HeadCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002019"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002020"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002021"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002022"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002023"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000100002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000200002021"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000200002022"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000200002023"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000200002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000300002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000400002021"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000400002022"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000400002023"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000400002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000500002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { false, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000600002021"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { true, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000600002022"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { true, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000600002023"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { true, null });

            migrationBuilder.UpdateData(
                table: "IndicatorTargets",
                keyColumn: "Id",
                keyValue: new Guid("00000000-0000-7000-8000-000600002024"),
                columns: new[] { "IsCount", "MunicipalityId" },
                values: new object[] { true, null });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_MunicipalityId_Indicator_Year",
                table: "IndicatorTargets",
                columns: new[] { "MunicipalityId", "Indicator", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_IndicatorTargets_Municipalities_MunicipalityId",
                table: "IndicatorTargets",
                column: "MunicipalityId",
                principalTable: "Municipalities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IndicatorTargets_Municipalities_MunicipalityId",
                table: "IndicatorTargets");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorTargets_MunicipalityId_Indicator_Year",
                table: "IndicatorTargets");

            migrationBuilder.DropColumn(
                name: "IsCount",
                table: "IndicatorTargets");

            migrationBuilder.DropColumn(
                name: "MunicipalityId",
                table: "IndicatorTargets");

            migrationBuilder.DropColumn(
                name: "NotPlaced",
                table: "IndicatorSnapshots");

            migrationBuilder.DropColumn(
                name: "AdditionalEducationPupilsMentored",
                table: "HeadCounts");
        }
    }
}
