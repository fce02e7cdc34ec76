using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JoinRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChildLastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChildFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChildMiddleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    RequesterKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequesterPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConsentTextVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentsText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PupilsText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CuratorMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CuratorContactName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CuratorWorkEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CuratorWorkPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CuratorContactPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CuratorContactAgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CuratorContactWithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
