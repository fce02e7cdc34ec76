using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchStems",
                table: "Programmes",
                type: "character varying(5002)",
                maxLength: 5002,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Programmes",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple', \"SearchStems\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_SearchVector",
                table: "Programmes",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Programmes_SearchVector",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "SearchStems",
                table: "Programmes");
        }
    }
}
