using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The FTS5 table's rows get a stable integer key per programme, so that the triggers reach a programme's row by
    /// rowid. Before, they deleted it by its UNINDEXED "ProgrammeId", which FTS5 answers by reading every row of the
    /// table: 45 ms per changed programme at 100 000 programmes, inside SQLite's write lock. "Programmes" has a TEXT
    /// key, so its own rowids may be renumbered (VACUUM, the table rebuilds of later migrations) and cannot serve as the
    /// link; "ProgrammeSearchKeys" numbers each programme once and keeps the number.
    /// </summary>
    public partial class SearchRowKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_delete";""");
            migrationBuilder.Sql("""
                CREATE TABLE "ProgrammeSearchKeys" (
                    "Key" INTEGER NOT NULL PRIMARY KEY,
                    "ProgrammeId" TEXT NOT NULL UNIQUE
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ProgrammeSearchKeys" ("ProgrammeId") SELECT "Id" FROM "Programmes" ORDER BY "Id";
                """);
            migrationBuilder.Sql("""DELETE FROM "ProgrammeSearch";""");
            migrationBuilder.Sql("""
                INSERT INTO "ProgrammeSearch" ("rowid", "ProgrammeId", "Stems")
                SELECT k."Key", p."Id", p."SearchStems" FROM "Programmes" AS p JOIN "ProgrammeSearchKeys" AS k ON k."ProgrammeId" = p."Id";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_insert" AFTER INSERT ON "Programmes" BEGIN
                    INSERT INTO "ProgrammeSearchKeys" ("ProgrammeId") VALUES (new."Id");
                    INSERT INTO "ProgrammeSearch" ("rowid", "ProgrammeId", "Stems")
                    VALUES ((SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = new."Id"), new."Id", new."SearchStems");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_update" AFTER UPDATE OF "SearchStems" ON "Programmes" BEGIN
                    UPDATE "ProgrammeSearch" SET "Stems" = new."SearchStems"
                    WHERE "rowid" = (SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Programmes_search_delete" AFTER DELETE ON "Programmes" BEGIN
                    DELETE FROM "ProgrammeSearch" WHERE "rowid" = (SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id");
                    DELETE FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Programmes_search_delete";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ProgrammeSearchKeys";""");
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
    }
}
