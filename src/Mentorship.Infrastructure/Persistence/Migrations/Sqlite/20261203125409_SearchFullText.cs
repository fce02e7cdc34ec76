using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 5002,
                nullable: false,
                defaultValue: "");

            // The public search's full-text index: an FTS5 table of each programme's stemmed search text, kept in
            // step by triggers (EF does not model virtual tables). A later migration that rebuilds "Programmes"
            // drops these triggers with the old table and must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ProgrammeSearch" USING fts5("ProgrammeId" UNINDEXED, "Stems", tokenize = 'unicode61 remove_diacritics 0');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") SELECT "Id", "SearchStems" FROM "Programmes";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_insert" AFTER INSERT ON "Programmes" BEGIN
                    INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") VALUES (new."Id", new."SearchStems");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_update" AFTER UPDATE OF "SearchStems" ON "Programmes" BEGIN
                    DELETE FROM "ProgrammeSearch" WHERE "ProgrammeId" = old."Id";
                    INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") VALUES (new."Id", new."SearchStems");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_delete" AFTER DELETE ON "Programmes" BEGIN
                    DELETE FROM "ProgrammeSearch" WHERE "ProgrammeId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Programmes_search_delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Programmes_search_update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Programmes_search_insert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ProgrammeSearch\";");

            migrationBuilder.DropColumn(
                name: "SearchStems",
                table: "Programmes");
        }
    }
}
