using System.Net;
using Mentorship.Application.Monitoring.Queries.GetPlan;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Targets;

/// <summary>
/// Seed 004's plan table through GET /monitoring/plan: Armavir, 10 371 pupils aged 11–18 (the region's band set to
/// 11–18), targets 311 / 1 037 / 2 074 / 3 630 / 5 185 / 7 260 for 2019–2024; 5 185 mentees in 2023 meet 50 %, 5 184
/// (in a second municipality of the same size) do not.
/// </summary>
public sealed class PlanTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023, 2024];
    private static readonly int[] SeedTargets = [311, 1037, 2074, 3630, 5185, 7260];
    private static readonly decimal[] FederalShares = [3m, 10m, 20m, 35m, 50m, 70m];

    private Guid _region;
    private Guid _armavir;
    private Guid _labinsk;

    [SetUp]
    public async Task CreateTheMunicipalities()
    {
        var region = await OkAsync<RegionDto>(
            await PostAsync($"{Api}/regions", new { code = "23", name = "Краснодарский край", pupilAgeFrom = 11, pupilAgeTo = 18 }), HttpStatusCode.Created);
        _region = region.Id;
        _armavir = (await Given.Municipality(_region, "Армавир")).Id;
        _labinsk = (await Given.Municipality(_region, "Лабинский район")).Id;
        foreach (var (municipality, mentees) in new[] { (_armavir, 5185), (_labinsk, 5184) })
        {
            var school = (await Given.Organization(municipality)).Id;
            for (var year = 2018; year <= 2023; year++)
            {
                await Given.HeadCount(school, year, 10371);
            }

            // Aged 13 on 1 September 2023, in groups active during 2023 only; and a 10-year-old outside the 11–18 band.
            await MenteesIn2023Async(school, await Given.People(school, mentees, PersonCategory.Pupil, new DateOnly(2010, 5, 1)));
            await MenteesIn2023Async(school, await Given.People(school, 1, PersonCategory.Pupil, new DateOnly(2013, 5, 1)));
        }
    }

    [Test]
    public async Task The_plan_table_of_10_371_pupils_is_seed_004s_and_5_185_mentees_meet_50_percent_where_5_184_do_not()
    {
        foreach (var year in Years[..^1])
        {
            (await Client.RecomputeAsync(year, _region)).Status.Should().Be(JobRunStatus.Succeeded);
        }

        AsAnalyst(_region);
        var plan = await ReadAsync<PlanDto>(await Client.GetAsync($"{Api}/monitoring/plan?regionId={_region}"));

        plan.Indicator.Should().Be(Indicator.PupilsMentored);
        (plan.FromYear, plan.ToYear).Should().Be((2019, 2024));
        plan.Rows.Select(r => (r.Level, r.UnitId)).Should().Equal(
            (MonitoringLevel.Region, _region), (MonitoringLevel.Municipality, _armavir), (MonitoringLevel.Municipality, _labinsk));

        var armavir = plan.Rows[1];
        armavir.Name.Should().Be("Армавир");
        armavir.BaseHeadCount.Should().Be(10371);
        armavir.Years.Select(y => y.Year).Should().Equal(Years);
        armavir.Years.Select(y => y.TargetCount).Should().Equal(SeedTargets.Select(t => (int?)t));
        armavir.Years.Select(y => y.TargetShare).Should().Equal(FederalShares.Select(s => (decimal?)s));
        armavir.Years.Should().OnlyContain(y => y.BaseHeadCount == 10371 && !y.TargetIsCount);

        var armavir2023 = armavir.Years[4];
        armavir2023.Should().BeEquivalentTo(new { Actual = 5185, Share = 50.0m, Met = true, NotPlaced = 0, Projected = false });
        plan.Rows[2].Years[4].Should().BeEquivalentTo(new { BaseHeadCount = 10371, TargetCount = 5185, Actual = 5184, Share = 50.0m, Met = false, Projected = false });

        // No mentees before 2023; 2024 was never recomputed: its target comes from the latest base, no actuals.
        armavir.Years[3].Should().BeEquivalentTo(new { Actual = 0, Met = false, Projected = false });
        armavir.Years[5].Should().BeEquivalentTo(new { BaseHeadCount = 10371, TargetCount = 7260, Actual = (int?)null, Share = (decimal?)null, Met = (bool?)null, Projected = true });

        // The region: 10 369 of 20 742; 50 % of 20 742 is 10 371.
        plan.Rows[0].Years[4].Should().BeEquivalentTo(new { BaseHeadCount = 20742, TargetCount = 10371, Actual = 10369, Met = false });
        plan.Rows[0].Years[5].Should().BeEquivalentTo(new { TargetCount = 14519, Projected = true }); // 70 % of 20 742 = 14 519.4
    }

    /// <summary>The pupils as mentees of groups of up to a thousand (and a mentor each) of one 2023 programme of the school.</summary>
    private async Task MenteesIn2023Async(Guid school, List<Guid> mentees)
    {
        var programme = await Given.Programme(school, $"Программа {Guid.NewGuid():N}", startYear: 2022);
        var chunks = mentees.Chunk(1000).ToList();
        var mentors = await Given.People(school, chunks.Count, PersonCategory.Pupil, new DateOnly(2006, 5, 1));
        await Given.Groups(programme.Id, chunks.Select((c, i) => (mentors[i], (IReadOnlyList<Guid>)c)).ToList(), new DateOnly(2023, 1, 15), new DateOnly(2023, 12, 20));
    }
}
