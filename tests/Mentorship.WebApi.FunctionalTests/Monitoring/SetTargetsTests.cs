using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Monitoring;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>Target schedules: the federal defaults until a region overrides them.</summary>
public sealed class SetTargetsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _region;

    [SetUp]
    public async Task CreateTheRegion() => _region = (await Given.Region("23", "Краснодарский край")).Id;

    [Test]
    public async Task Targets_show_the_federal_defaults_until_a_region_overrides_them()
    {
        var targets = await ReadAsync<List<TargetDto>>(await Client.GetAsync($"{Api}/monitoring/targets?regionId={_region}"));
        targets.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2022, 35m, 35m, false));
        targets.Should().HaveCount(TargetSchedule.FederalDefaults.Count());

        AsRegionalCoordinator(_region);
        var changed = await ReadAsync<List<TargetDto>>(await PutAsync($"{Api}/monitoring/targets",
            new { regionId = _region, targets = new[] { new { indicator = "PupilsMentored", year = 2022, value = 40m } } }));
        changed.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2022, 40m, 35m, true));

        var removed = await ReadAsync<List<TargetDto>>(await PutAsync($"{Api}/monitoring/targets",
            new { regionId = _region, targets = new[] { new { indicator = "PupilsMentored", year = 2022, value = (decimal?)null } } }));
        removed.Should().Contain(new TargetDto(Indicator.PupilsMentored, 2022, 35m, 35m, false));
    }
}
