using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportingRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Sections = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingRequests_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingRequests_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportingReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingReminders_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingReminders_ReportingRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ReportingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Submissions = table.Column<int>(type: "integer", nullable: false),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdditionalEducation_Enrolled = table.Column<int>(type: "integer", nullable: true),
                    AdditionalEducation_Mentees = table.Column<int>(type: "integer", nullable: true),
                    Contests_MunicipalLevelParticipations = table.Column<int>(type: "integer", nullable: true),
                    Contests_SchoolLevelParticipations = table.Column<int>(type: "integer", nullable: true),
                    Contests_YoungSpecialists = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_DppCourses = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_FederalLevel = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_MentorsTrained = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_MentorshipContestParticipation = table.Column<bool>(type: "boolean", nullable: true),
                    Dissemination_MunicipalLevel = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_OrganizationLevel = table.Column<int>(type: "integer", nullable: true),
                    Dissemination_RegionalLevel = table.Column<int>(type: "integer", nullable: true),
                    HeadCounts_PupilsInAgeBand = table.Column<int>(type: "integer", nullable: true),
                    HeadCounts_PupilsTotal = table.Column<int>(type: "integer", nullable: true),
                    HeadCounts_TeachersTotal = table.Column<int>(type: "integer", nullable: true),
                    HeadCounts_TeachersUnder35 = table.Column<int>(type: "integer", nullable: true),
                    HeadCounts_YoungSpecialists = table.Column<int>(type: "integer", nullable: true),
                    LearningDynamics_Negative = table.Column<int>(type: "integer", nullable: true),
                    LearningDynamics_Positive = table.Column<int>(type: "integer", nullable: true),
                    LearningDynamics_Stable = table.Column<int>(type: "integer", nullable: true),
                    Retention_Teachers = table.Column<int>(type: "integer", nullable: true),
                    Retention_TeachersUnder3YearsInOrganization = table.Column<int>(type: "integer", nullable: true),
                    Retention_YoungSpecialistsHired = table.Column<int>(type: "integer", nullable: true),
                    Retention_YoungSpecialistsRetained = table.Column<int>(type: "integer", nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingResponses_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingResponses_ReportingRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ReportingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingReminders_OrganizationId",
                table: "ReportingReminders",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingReminders_RequestId_OrganizationId_Day",
                table: "ReportingReminders",
                columns: new[] { "RequestId", "OrganizationId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingRequests_IsOverdue_Deadline",
                table: "ReportingRequests",
                columns: new[] { "IsOverdue", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingRequests_MunicipalityId_Year",
                table: "ReportingRequests",
                columns: new[] { "MunicipalityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingRequests_RegionId_Year",
                table: "ReportingRequests",
                columns: new[] { "RegionId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingResponses_OrganizationId_Status",
                table: "ReportingResponses",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingResponses_RequestId_OrganizationId",
                table: "ReportingResponses",
                columns: new[] { "RequestId", "OrganizationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingReminders");

            migrationBuilder.DropTable(
                name: "ReportingResponses");

            migrationBuilder.DropTable(
                name: "ReportingRequests");
        }
    }
}
