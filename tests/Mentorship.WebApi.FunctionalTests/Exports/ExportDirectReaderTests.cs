using System.Globalization;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Exports;
using Mentorship.Application.Exports.Queries.Export;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using static Mentorship.WebApi.FunctionalTests.Exports.ExportScenario;

namespace Mentorship.WebApi.FunctionalTests.Exports;

/// <summary>
/// The pairs export reads its rows straight from the provider's data reader, on the SQL EF generates: for every caller
/// scope and filter it gives exactly the cells that EF's own materialisation of the same query gives — nulls, Cyrillic,
/// labels, dates, pseudonyms, order.
/// </summary>
public sealed class ExportDirectReaderTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private ExportScenario _scenario = null!;
    private Guid _otherMunicipality;

    [SetUp]
    public async Task Seed()
    {
        _scenario = await SeedAsync(Given, Client);

        // A second municipality, out of the first one's coordinator's scope: a finished teacher pair and a pupil group.
        _otherMunicipality = (await Given.Municipality(_scenario.RegionId, "Усольский район", "25642000")).Id;
        var school = (await Given.Organization(_otherMunicipality, "Гимназия № 1 «Ёлочка»")).Id;
        var programme = (await Given.Programme(school, startYear: 2023)).Id;
        var teachers = await Given.People(school, 2, PersonCategory.Teacher, new DateOnly(1980, 3, 4));
        await Given.Group(programme, teachers[0], [teachers[1]], new DateOnly(2023, 9, 1), new DateOnly(2024, 5, 31), MentoringForm.TeacherTeacher, MentoringFormat.OneToOne);
        var mentors = await Given.People(school, 3, PersonCategory.Pupil, new DateOnly(2007, 1, 1));
        var mentees = await Given.People(school, 3, PersonCategory.Pupil, new DateOnly(2011, 12, 31));
        await Given.Groups(programme, [.. mentors.Zip(mentees, (mentor, mentee) => (mentor, (IReadOnlyList<Guid>)[mentee]))], new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
    }

    [Test]
    public async Task The_direct_reader_gives_the_cells_efs_materialisation_gives_for_every_scope_and_filter()
    {
        var region = _scenario.RegionId;
        var cases = new (ICurrentUser User, ExportQuery Query, string Because)[]
        {
            (new Caller(Roles.Analyst, RegionId: region), new ExportQuery(ExportDatasets.Pairs, region, null, null), "the region's analyst, by region"),
            (new Caller(Roles.Analyst, RegionId: region), new ExportQuery(ExportDatasets.Pairs, null, _otherMunicipality, 2023), "by municipality and year"),
            (new Caller(Roles.MunicipalCoordinator, MunicipalityId: _scenario.MunicipalityId), new ExportQuery(ExportDatasets.Pairs, null, null, null), "a municipal coordinator, no filter"),
            (new Caller(Roles.Analyst, RegionId: Guid.NewGuid()), new ExportQuery(ExportDatasets.Pairs, null, null, null), "another region's analyst"),
        };

        var all = await ReadAsync(cases[0].User, cases[0].Query, direct: true);
        all.Should().HaveCount(4 + 2 + 6, "the scenario's group of four, the teacher pair and three pupil pairs");
        all.Should().Contain(r => r[9] is DateOnly, "the finished pairs have an end")
            .And.Contain(r => r[9] == null && r[14] == null, "an open group has no end, its members no leaving date")
            .And.Contain(r => r[4] == null, "the second school has no INN");
        all.Select(r => r[3]).Should().Contain([SchoolName, "Гимназия № 1 «Ёлочка»"]);
        foreach (var (user, query, because) in cases)
        {
            var direct = await ReadAsync(user, query, direct: true);
            var throughEf = await ReadAsync(user, query, direct: false);

            direct.Should().BeEquivalentTo(throughEf, o => o.WithStrictOrdering(), because);
        }

        (await ReadAsync(cases[2].User, cases[2].Query, direct: true)).Should().HaveCount(4, "the coordinator sees the own municipality's group only")
            .And.OnlyContain(r => (string?)r[2] == "25703000");
        (await ReadAsync(cases[3].User, cases[3].Query, direct: true)).Should().BeEmpty();
    }

    /// <summary>The pairs export's cells, as the Russian export writes them, read one way or the other in a scope of its own.</summary>
    private async Task<List<object?[]>> ReadAsync(ICurrentUser user, ExportQuery query, bool direct)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var streaming = scope.ServiceProvider.GetRequiredService<IStreamingReads>();
        var pseudonymizer = scope.ServiceProvider.GetRequiredService<IPseudonymizer>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Russian;
        try
        {
            streaming.StreamResults();
            var labels = new ExportLabels();
            var rows = direct ? PairsExport.Rows(db, streaming, user, pseudonymizer, query, labels) : PairsExport.RowsThroughEf(db, user, pseudonymizer, query, labels);
            rows.Columns.Should().HaveCount(17);
            var cells = new List<object?[]>();
            await foreach (var row in rows.Rows)
            {
                cells.Add(row);
            }

            return cells;
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>A caller with one role and its scope claim.</summary>
    private sealed record Caller(string Role, Guid? RegionId = null, Guid? MunicipalityId = null) : ICurrentUser
    {
        public string? Id => "export-test";

        public bool IsAuthenticated => true;

        public bool IsSystem => false;

        public IReadOnlyCollection<string> Roles => [Role];

        public IReadOnlyCollection<Guid> OrganizationIds => [];

        public Guid? PersonId => null;

        public string? ClientId => null;

        public string? RemoteAddress => null;

        public bool IsInRole(string role) => role == Role;
    }
}
