using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BankMunicipalMentorBank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TrainingExceptionReason",
                table: "Mentors",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Deficit",
                table: "MentoringGroups",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TeacherElement",
                table: "MentoringGroups",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MunicipalMentors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedAt = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TrainingExceptionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MunicipalMentors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MunicipalMentors_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MunicipalMentors_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MunicipalMentors_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MunicipalMentorCompetences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalMentorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MunicipalMentorCompetences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MunicipalMentorCompetences_MunicipalMentors_MunicipalMentorId",
                        column: x => x.MunicipalMentorId,
                        principalTable: "MunicipalMentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentorCompetences_MunicipalMentorId_Tag",
                table: "MunicipalMentorCompetences",
                columns: new[] { "MunicipalMentorId", "Tag" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentorCompetences_Tag",
                table: "MunicipalMentorCompetences",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentors_MunicipalityId_OrganizationId",
                table: "MunicipalMentors",
                columns: new[] { "MunicipalityId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentors_MunicipalityId_PersonId",
                table: "MunicipalMentors",
                columns: new[] { "MunicipalityId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentors_OrganizationId",
                table: "MunicipalMentors",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalMentors_PersonId",
                table: "MunicipalMentors",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MunicipalMentorCompetences");

            migrationBuilder.DropTable(
                name: "MunicipalMentors");

            migrationBuilder.DropColumn(
                name: "TrainingExceptionReason",
                table: "Mentors");

            migrationBuilder.DropColumn(
                name: "Deficit",
                table: "MentoringGroups");

            migrationBuilder.DropColumn(
                name: "TeacherElement",
                table: "MentoringGroups");
        }
    }
}
