using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RoadmapsSeedLayout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RoadmapItems_RoadmapId_Deadline",
                table: "RoadmapItems");

            migrationBuilder.DropIndex(
                name: "IX_RoadmapItems_Status_Deadline",
                table: "RoadmapItems");

            migrationBuilder.AlterColumn<int>(
                name: "AcademicYear",
                table: "Roadmaps",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "EndYear",
                table: "Roadmaps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReturnComment",
                table: "Roadmaps",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReturnedOn",
                table: "Roadmaps",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StartYear",
                table: "Roadmaps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Roadmaps",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedOn",
                table: "Roadmaps",
                type: "date",
                nullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Deadline",
                table: "RoadmapItems",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "RoadmapItems",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "RoadmapItems",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "OccurrencesDone",
                table: "RoadmapItems",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "RoadmapItems",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlannedResult",
                table: "RoadmapItems",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleKind",
                table: "RoadmapItems",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ScheduleMonth",
                table: "RoadmapItems",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "RoadmapItems",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Term",
                table: "RoadmapItems",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Roadmaps and items entered before this layout: the period from the academic year, the status from the
            // approval, the deadline as a date, and numbers by stage in deadline order ("2.3"), before the unique index.
            migrationBuilder.Sql("""
                UPDATE [Roadmaps] SET [StartYear] = [AcademicYear], [EndYear] = [AcademicYear] + 1
                WHERE [StartYear] = 0 AND [AcademicYear] IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE [Roadmaps] SET [Status] = CASE WHEN [ApprovedAt] IS NULL THEN 'Draft' ELSE 'Approved' END
                WHERE [Status] = '';
                """);
            migrationBuilder.Sql("""
                UPDATE [RoadmapItems] SET [ScheduleKind] = 'Date', [DueDate] = [Deadline]
                WHERE [ScheduleKind] = '';
                """);
            migrationBuilder.Sql("""
                UPDATE i SET [Number] = CONCAT(n.stage, '.', n.position),
                    [SortKey] = CONCAT(RIGHT(CONCAT('000', n.stage), 3), '.', RIGHT(CONCAT('000', n.position), 3))
                FROM [RoadmapItems] AS i
                JOIN (SELECT [Id], CASE [Stage] WHEN 'AnalyticalConceptual' THEN 1 WHEN 'OrganisationalPreparatory' THEN 2 ELSE 3 END AS stage,
                             ROW_NUMBER() OVER (PARTITION BY [RoadmapId], [Stage] ORDER BY [Deadline], [Id]) AS position
                      FROM [RoadmapItems]) AS n ON i.[Id] = n.[Id]
                WHERE i.[SortKey] = '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Roadmaps_Status_StartYear",
                table: "Roadmaps",
                columns: new[] { "Status", "StartYear" });

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapItems_RoadmapId_SortKey",
                table: "RoadmapItems",
                columns: new[] { "RoadmapId", "SortKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapItems_Status_DueDate",
                table: "RoadmapItems",
                columns: new[] { "Status", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Roadmaps_Status_StartYear",
                table: "Roadmaps");

            migrationBuilder.DropIndex(
                name: "IX_RoadmapItems_RoadmapId_SortKey",
                table: "RoadmapItems");

            migrationBuilder.DropIndex(
                name: "IX_RoadmapItems_Status_DueDate",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "EndYear",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "ReturnComment",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "ReturnedOn",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "StartYear",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "SubmittedOn",
                table: "Roadmaps");

            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "OccurrencesDone",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "PlannedResult",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "ScheduleKind",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "ScheduleMonth",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "RoadmapItems");

            migrationBuilder.DropColumn(
                name: "Term",
                table: "RoadmapItems");

            migrationBuilder.AlterColumn<int>(
                name: "AcademicYear",
                table: "Roadmaps",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Deadline",
                table: "RoadmapItems",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapItems_RoadmapId_Deadline",
                table: "RoadmapItems",
                columns: new[] { "RoadmapId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapItems_Status_Deadline",
                table: "RoadmapItems",
                columns: new[] { "Status", "Deadline" });
        }
    }
}
