using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>The scale of the synthetic region.</summary>
public sealed record Scale(int Pupils, int Organizations, int Groups, int Municipalities)
{
    public static Scale Parse(BenchOptions options)
    {
        var pupils = options.Number("pupils", 1_000_000);
        return new Scale(pupils, options.Number("organizations", Math.Max(10, pupils / 500)), options.Number("groups", pupils * 3 / 10), options.Number("municipalities", 50));
    }

    public override string ToString() => $"{Pupils:N0} pupils, {Organizations:N0} organisations, {Groups:N0} groups, {Municipalities} municipalities";
}

/// <summary>
/// Generates one region deterministically and bulk-loads it: COPY for PostgreSQL, prepared inserts in one transaction
/// per table for SQLite. Rows are produced lazily, so loading does not hold the data set in memory. A third of
/// the groups have a third mentee, so a scale of 300 000 groups has 1 000 000 memberships (the pairs export's rows).
/// </summary>
public sealed class SyntheticRegion(Scale scale)
{
    public static readonly Guid RegionId = Id(1, 0);
    private static readonly DateTimeOffset Created = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The programme title's search words, as the domain keeps them (SearchText.Words).
    private static readonly string SearchWords = Mentorship.Domain.Common.SearchText.Words("Программа наставничества");

    public int Memberships => (scale.Groups * 3) + ((scale.Groups + 2) / 3);

    public static Guid Id(short kind, int index) => new(index, kind, 0x7000, [0x80, 0, 0, 0, 0, 0, 0, 1]);

    public async Task LoadAsync(DbConnection connection)
    {
        var random = new Random(42);
        var perOrganization = scale.Pupils / scale.Organizations;
        await Table(connection, "Regions", ["Id", "Code", "Name", "PupilAgeFrom", "PupilAgeTo", "Created", "LastModified", "Version"],
            [[RegionId, "77", "Синтетический регион", 10, 18, Created, Created, 0L]]);
        await Table(connection, "Municipalities", ["Id", "RegionId", "Name", "Oktmo", "Created", "LastModified", "Version"],
            Enumerable.Range(0, scale.Municipalities).Select(m => new object?[] { Id(2, m), RegionId, $"Муниципалитет {m}", $"45{m:D6}", Created, Created, 0L }));
        await Table(connection, "Organizations", ["Id", "MunicipalityId", "RegionId", "Name", "NameNormalized", "Kind", "IsRural", "IsHardToReach", "IsArchived", "Created", "LastModified", "Version"],
            Enumerable.Range(0, scale.Organizations).Select(o => new object?[]
            {
                Id(3, o), Id(2, o % scale.Municipalities), RegionId, $"Школа {o}", $"школа {o}", "GeneralEducationSchool", o % 10 == 0, o % 25 == 0, false, Created, Created, 0L,
            }));
        await Table(connection, "HeadCounts", ["Id", "OrganizationId", "AcademicYear", "PupilsTotal", "PupilsInAgeBand", "AdditionalEducationPupils", "TeachersTotal", "TeachersUnder35", "YoungSpecialists", "Source", "ReportedAt"],
            Enumerable.Range(0, scale.Organizations).Select(o => new object?[] { Id(4, o), Id(3, o), 2024, perOrganization + 50, perOrganization, 0, 60, 15, 5, "Manual", Created }));
        await Table(connection, "People", ["Id", "OrganizationId", "LastName", "FirstName", "SearchName", "BirthDate", "Category", "Grade", "HasSpecialNeeds", "IsAnonymised", "Created", "LastModified", "Version"],
            Enumerable.Range(0, scale.Pupils).Select(p => new object?[]
            {
                Id(5, p), Id(3, p % scale.Organizations), "Фамилия", "Имя", "фамилия имя", new DateOnly(2006, 9, 2).AddDays(random.Next(9 * 365)), "Pupil", 5, false, false, Created, Created, 0L,
            }));
        await Table(connection, "Programmes", ["Id", "OrganizationId", "Title", "SearchWords", "StartYear", "Stage", "Status", "IsPublished", "Created", "LastModified", "Version"],
            Enumerable.Range(0, scale.Organizations).Select(o => new object?[] { Id(6, o), Id(3, o), "Программа наставничества", SearchWords, 2024, "OrganisationOfWork", "Active", false, Created, Created, 0L }));
        await Table(connection, "MentoringGroups", ["Id", "ProgrammeId", "Form", "Format", "Status", "StartedAt", "EndedAt", "Created", "LastModified", "Version"],
            Enumerable.Range(0, scale.Groups).Select(g => new object?[]
            {
                Id(7, g), Id(6, g % scale.Organizations), g % 3 == 0 ? "TeacherPupil" : "PupilPupil", g % 2 == 0 ? "OneToOne" : "Group",
                g % 10 == 9 ? "Completed" : "Active", new DateOnly(2023, 9, 1).AddDays(g % 300), g % 10 == 9 ? new DateOnly(2024, 6, 30) : null, Created, Created, 0L,
            }));
        await Table(connection, "GroupMembers", ["Id", "GroupId", "PersonId", "Role", "JoinedAt"], Members(random));
    }

    /// <summary>A mentor and two mentees (three for every third group) from the group's organisation; one in ten mentees from another.</summary>
    private IEnumerable<object?[]> Members(Random random)
    {
        var perOrganization = scale.Pupils / scale.Organizations;
        var member = 0;
        for (var g = 0; g < scale.Groups; g++)
        {
            var organization = g % scale.Organizations;
            var joined = new DateOnly(2023, 9, 1).AddDays(g % 300);
            var count = g % 3 == 0 ? 4 : 3;
            for (var i = 0; i < count; i++)
            {
                var from = i > 0 && random.Next(10) == 0 ? random.Next(scale.Organizations) : organization;
                var person = from + (scale.Organizations * random.Next(perOrganization));
                yield return [Id(8, member++), Id(7, g), Id(5, person), i == 0 ? "Mentor" : "Mentee", joined];
            }
        }
    }

    private static Task Table(DbConnection connection, string table, string[] columns, IEnumerable<object?[]> rows) => connection switch
    {
        NpgsqlConnection npgsql => CopyAsync(npgsql, table, columns, rows),
        SqliteConnection sqlite => InsertAsync(sqlite, table, columns, rows),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginTextImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT csv)");
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(row[i] switch
                {
                    null => string.Empty,
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
                    bool b => b ? "true" : "false",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                });
            }

            line.Append('\n');
            await writer.WriteAsync(line);
        }
    }

    private static async Task InsertAsync(SqliteConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var toBinary = new DateTimeOffsetToBinaryConverter();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                // The encodings of the EF model for SQLite: upper-case text GUIDs, ISO dates, binary DateTimeOffsets.
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    Guid id => id.ToString().ToUpperInvariant(),
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTimeOffset t => toBinary.ConvertToProvider(t),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
