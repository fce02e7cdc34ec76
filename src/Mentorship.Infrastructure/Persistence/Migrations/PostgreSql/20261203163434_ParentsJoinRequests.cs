using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ParentsJoinRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "IdempotencyRecords",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JoinRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChildLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildMiddleName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildGrade = table.Column<int>(type: "integer", nullable: true),
                    RequesterKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RequesterEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequesterPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Form = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepresentativeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConsentTextVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JoinRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JoinRequests_Mentees_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Mentees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JoinRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JoinRequests_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammePublicPages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentsText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PupilsText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CuratorMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    CuratorContactName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CuratorWorkEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CuratorWorkPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CuratorContactPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CuratorContactAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CuratorContactWithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammePublicPages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammePublicPages_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_MenteeId",
                table: "JoinRequests",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_PersonId",
                table: "JoinRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_ProgrammeId_Status_SubmittedAt",
                table: "JoinRequests",
                columns: new[] { "ProgrammeId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JoinRequests_Reference",
                table: "JoinRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammePublicPages_ProgrammeId",
                table: "ProgrammePublicPages",
                column: "ProgrammeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JoinRequests");

            migrationBuilder.DropTable(
                name: "ProgrammePublicPages");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "IdempotencyRecords");
        }
    }
}
