using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PeopleAffiliationsSnils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Snils",
                table: "People",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PersonAffiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAffiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonAffiliations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonAffiliations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_Snils",
                table: "People",
                column: "Snils",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonAffiliations_OrganizationId",
                table: "PersonAffiliations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAffiliations_PersonId_OrganizationId_Role_From",
                table: "PersonAffiliations",
                columns: new[] { "PersonId", "OrganizationId", "Role", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonAffiliations");

            migrationBuilder.DropIndex(
                name: "IX_People_Snils",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Snils",
                table: "People");
        }
    }
}
