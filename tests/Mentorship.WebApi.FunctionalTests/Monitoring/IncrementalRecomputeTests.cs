using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>
/// A recompute writes only the snapshots whose figures changed: a row it leaves alone keeps its id and its ComputedAt
/// (the time its figure was last computed to its current value), so a run after the clock moved shows who was written.
/// </summary>
public sealed class IncrementalRecomputeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _region;
    private Guid _school;
    private Guid _programme;
    private Guid _mentor;
    private Guid _unpaired;

    [SetUp]
    public async Task CreateSchoolWithAPair()
    {
        var (region, municipality) = await Given.Territory();
        _region = region.Id;
        _school = (await Given.Organization(municipality.Id, "МБОУ Лицей № 2")).Id;
        await Given.HeadCount(_school, 2024, pupilsInAgeBand: 100, teachersUnder35: 10);
        var first = await Given.Person(_school, PersonCategory.Pupil, "Аверин");
        _unpaired = await Given.Person(_school, PersonCategory.Pupil, "Борисов");
        AsCurator(_school);
        (_programme, _mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], first, _unpaired);
        await Given.ConfirmedPair(_programme, "PupilPupil", _mentor, first);
        AsAdministrator();
    }

    [Test]
    public async Task A_second_recompute_with_no_change_writes_no_snapshot_row()
    {
        await Client.RecomputeAsync(2024);
        var before = await SnapshotsAsync();
        before.Should().Contain(s => s.Table == "indicator").And.Contain(s => s.Table == "criterion").And.Contain(s => s.Table == "criterion-indicator");

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await Client.RecomputeAsync(2024);

        (await SnapshotsAsync()).Should().BeEquivalentTo(before, "nothing changed, so no row was inserted, updated or deleted");
    }

    [Test]
    public async Task One_change_rewrites_only_the_rows_whose_figures_it_moves()
    {
        await Client.RecomputeAsync(2024);
        var before = (await SnapshotsAsync()).ToDictionary(s => s.Key);
        var firstRun = Factory.Clock.GetUtcNow();

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        AsCurator(_school);
        await Given.ConfirmedPair(_programme, "PupilPupil", _mentor, _unpaired);
        AsAdministrator();
        await Client.RecomputeAsync(2024);
        var after = await SnapshotsAsync();

        after.Select(s => s.Key).Should().BeEquivalentTo(before.Keys);
        var moved = after.Where(s => s.Figures != before[s.Key].Figures).ToList();
        moved.Should().Contain(s => s.Key.Contains(nameof(Indicator.Mentees), StringComparison.Ordinal), "a third mentee joined");
        moved.Should().OnlyContain(s => s.ComputedAt == Factory.Clock.GetUtcNow() && s.Id == before[s.Key].Id, "a changed row is updated in place");
        after.Except(moved).Should().OnlyContain(s => s.ComputedAt == firstRun, "an unchanged row is not written")
            .And.Contain(s => s.Key.Contains(nameof(Indicator.YoungTeachersMentored), StringComparison.Ordinal));
    }

    [Test]
    public async Task The_public_indicators_show_the_recomputed_figures_right_after_the_recompute()
    {
        await Client.RecomputeAsync(2024);
        var firstRun = Factory.Clock.GetUtcNow();
        var path = $"{PublicApi}/indicators?regionId={_region}&year=2024&level=Region&indicator={Indicator.Groups}";
        (await PublicGroupsAsync(path)).LastModified.Should().Be(firstRun);

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        AsCurator(_school);
        await Given.ConfirmedPair(_programme, "PupilPupil", _mentor, _unpaired);
        (await PublicGroupsAsync(path)).LastModified.Should().Be(firstRun, "the figure waits for the recompute");

        AsAdministrator();
        await Client.RecomputeAsync(2024);
        (await PublicGroupsAsync(path)).LastModified.Should().Be(Factory.Clock.GetUtcNow(), "the recompute moved the figure and evicted the cached response");
    }

    [Test]
    public async Task A_first_recompute_shows_its_new_figures_in_the_cached_public_indicators_at_once()
    {
        var path = $"{PublicApi}/indicators?regionId={_region}&year=2024&level=Region&indicator={Indicator.Groups}";
        (await OkAsync<PagedList<PublicIndicatorDto>>(await Anonymous.GetAsync(path))).Items.Should().BeEmpty("nothing is computed yet, and that answer is cached");

        await Client.RecomputeAsync(2024);

        (await PublicGroupsAsync(path)).LastModified.Should().Be(Factory.Clock.GetUtcNow(), "the rows inserted in bulk evicted the cached answer as saved rows do");
    }

    private async Task<PublicIndicatorDto> PublicGroupsAsync(string path) =>
        (await OkAsync<PagedList<PublicIndicatorDto>>(await Anonymous.GetAsync(path))).Items.Should().ContainSingle().Subject;

    /// <summary>Every snapshot of 2024 in the three tables: its key, id, figures and ComputedAt.</summary>
    private Task<List<Row>> SnapshotsAsync() => QueryAsync(async db =>
    {
        var indicators = await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.RegionId == _region && s.Year == 2024).ToListAsync();
        var criteria = await db.CriterionSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.OrganizationId == _school && s.Year == 2024).ToListAsync();
        var criterionIndicators = await db.CriterionIndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.OrganizationId == _school && s.Year == 2024).ToListAsync();
        return indicators.Select(s => new Row("indicator", $"indicator:{s.Level}/{s.UnitId}/{s.Indicator}/{s.Breakdown}", s.Id, $"{s.Numerator}/{s.Denominator}/{s.Value}/{s.TargetCount}/{s.Met}/{s.NotPlaced}", s.ComputedAt))
            .Concat(criteria.Select(s => new Row("criterion", $"criterion:{s.Criterion}", s.Id, $"{s.Value}/{s.Level}/{s.Inputs}", s.ComputedAt)))
            .Concat(criterionIndicators.Select(s => new Row("criterion-indicator", $"criterion-indicator:{s.Indicator}", s.Id, $"{s.Value}/{s.Level}/{s.Source}/{s.Distribution}/{s.Inputs}", s.ComputedAt)))
            .ToList();
    });

    private sealed record Row(string Table, string Key, Guid Id, string Figures, DateTimeOffset ComputedAt);
}
