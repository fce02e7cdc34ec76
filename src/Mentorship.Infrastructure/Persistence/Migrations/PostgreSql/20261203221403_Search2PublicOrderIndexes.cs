using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Search2PublicOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Programmes_IsPublished_PublishedAt_Id",
                table: "Programmes",
                columns: new[] { "IsPublished", "PublishedAt", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_IsPublished_Title_Id",
                table: "Programmes",
                columns: new[] { "IsPublished", "Title", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Programmes_IsPublished_PublishedAt_Id",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_IsPublished_Title_Id",
                table: "Programmes");
        }
    }
}
