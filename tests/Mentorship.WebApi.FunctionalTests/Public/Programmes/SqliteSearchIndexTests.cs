using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Programmes.Queries.GetPublicProgrammes;
using Mentorship.Infrastructure.Persistence;
using Mentorship.Infrastructure.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Mentorship.WebApi.FunctionalTests.Public.Programmes;

/// <summary>
/// SQLite's full-text table is kept by triggers (EF does not model it): each programme has one row in it, numbered
/// once in <c>ProgrammeSearchKeys</c>, and a changed or removed programme reaches its row by that number instead of
/// reading the whole table for its UNINDEXED id.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class SqliteSearchIndexTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Keys = "ProgrammeSearchKeys";

    [Test]
    public async Task Every_programme_keeps_one_full_text_row_under_its_own_key_through_changes_and_removal()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id, "МБОУ СОШ № 3");
        var chess = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        var theatre = await Given.PublicProgramme(school.Id, "Театральная студия");
        var removed = await Given.PublicProgramme(school.Id, "Читаем вместе");

        var renamed = await PutAsync($"{Api}/programmes/{theatre}", new { title = "Кружок робототехники", startYear = "2024/2025" });
        renamed.StatusCode.Should().Be(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        (await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Programmes\" WHERE \"Id\" = {0}", removed)).Should().Be(1);

        // Each programme: its key, the full-text row under that key, and the row's text the programme's own.
        var rows = await db.Database.SqlQueryRaw<IndexRow>(
            $"""
             SELECT p."Id" AS "ProgrammeId", k."Key" AS "Key", s."ProgrammeId" AS "IndexedId", s."Stems" = p."{ProgrammeSearchText.Column}" AS "SameText"
             FROM "Programmes" AS p
             LEFT JOIN "{Keys}" AS k ON k."ProgrammeId" = p."Id"
             LEFT JOIN "{ProgrammeSearchText.SqliteTable}" AS s ON s."rowid" = k."Key"
             """).ToListAsync();
        rows.Select(r => r.ProgrammeId).Should().BeEquivalentTo([chess, theatre]);
        rows.Should().OnlyContain(r => r.Key != null && r.IndexedId == r.ProgrammeId && r.SameText == true);
        (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS \"Value\" FROM \"{ProgrammeSearchText.SqliteTable}\"").SingleAsync())
            .Should().Be(2, "the removed programme's row went with it");
        (await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS \"Value\" FROM \"{Keys}\"").SingleAsync()).Should().Be(2);

        (await SearchAsync("робототехники")).Should().Equal("Кружок робототехники");
        (await SearchAsync("театральной")).Should().BeEmpty();
        (await SearchAsync("читаем")).Should().BeEmpty();
    }

    [Test]
    public async Task A_changed_programme_reaches_its_full_text_row_by_key_without_reading_the_others()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.PublicProgramme(school.Id, "Шахматный клуб");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        // 5 000 rows of other text beside the programme's own: a trigger that looked its row up by id would read them all.
        await db.Database.ExecuteSqlRawAsync(
            $"""
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
             INSERT INTO "{ProgrammeSearchText.SqliteTable}" ("rowid", "ProgrammeId", "Stems") SELECT 1000000 + i, 'other-' || i, 'друг текст' FROM n
             """);
        var id = await db.Database.SqlQueryRaw<string>("SELECT \"Id\" AS \"Value\" FROM \"Programmes\"").SingleAsync();

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        raw.sqlite3_prepare_v2(connection.Handle, $"UPDATE \"Programmes\" SET \"{ProgrammeSearchText.Column}\" = 'театральн студ' WHERE \"Id\" = ?1", out var statement)
            .Should().Be(raw.SQLITE_OK);
        int steps;
        using (statement)
        {
            raw.sqlite3_bind_text(statement, 1, id).Should().Be(raw.SQLITE_OK);
            raw.sqlite3_step(statement).Should().Be(raw.SQLITE_DONE);
            steps = raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_VM_STEP, 0);
        }

        await connection.CloseAsync();
        steps.Should().BeLessThan(1_000, "the programme's row is reached by its key, not by reading the 5 001 rows of the table");
        (await SearchAsync("театральной студии")).Should().Equal("Шахматный клуб");
        (await SearchAsync("шахматы")).Should().BeEmpty();
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string search) =>
        (await Anonymous.GetPublicAsync<PagedList<PublicProgrammeSummaryDto>>($"/programmes?search={Uri.EscapeDataString(search)}")).Items.Select(p => p.Title).ToList();

    private sealed record IndexRow(Guid ProgrammeId, long? Key, Guid? IndexedId, bool? SameText);
}
