using Mentorship.Application.Common.Models;
using Mentorship.Application.Public.Indicators;
using Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;
using Mentorship.Domain.Monitoring;

namespace Mentorship.WebApi.FunctionalTests.Public.Indicators;

/// <summary>Aggregated indicators on the open resource.</summary>
public sealed class PublicIndicatorsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Indicators_hide_figures_of_groups_smaller_than_the_minimum()
    {
        var (region, municipality) = await Given.Territory();
        var small = await Given.Municipality(region.Id, "Маленький посёлок");
        var school = await Given.Organization(municipality.Id);
        await Given.IndicatorSnapshot(MonitoringLevel.Region, region.Id, 2024, Indicator.PupilsMentored, 1100, 10371, 10m);
        await Given.IndicatorSnapshot(MonitoringLevel.Municipality, municipality.Id, 2024, Indicator.PupilsMentored, 1037, 3000, 35m);
        await Given.IndicatorSnapshot(MonitoringLevel.Municipality, small.Id, 2024, Indicator.PupilsMentored, 3, 40, 35m);
        await Given.IndicatorSnapshot(MonitoringLevel.Municipality, small.Id, 2024, Indicator.YoungTeachersMentored, 10, 12, 70m);
        await Given.IndicatorSnapshot(MonitoringLevel.Municipality, small.Id, 2024, Indicator.Mentors, 4);
        await Given.IndicatorSnapshot(MonitoringLevel.Municipality, small.Id, 2024, Indicator.OrganizationsWithProgramme, 1, 2, 60m);
        await Given.IndicatorSnapshot(MonitoringLevel.Organization, school.Id, 2024, Indicator.PupilsMentored, 500, 900);
        await Given.IndicatorSnapshot(MonitoringLevel.Region, region.Id, 2024, Indicator.Mentees, 40, breakdown: "rural");

        var all = await Anonymous.GetPublicAsync<PagedList<PublicIndicatorDto>>($"/indicators?regionId={region.Id}&year=2024");

        all.Items.Should().NotContain(i => i.Level == MonitoringLevel.Organization, "organisations are never shown one by one");
        all.Items.Should().NotContain(i => i.Breakdown == "rural", "breakdowns only when asked for");
        all.Items.Should().HaveCount(6);
        all.Items[0].Should().BeEquivalentTo(new
        {
            Level = MonitoringLevel.Region, UnitName = region.Name, Numerator = 1100, Denominator = 10371, Value = 10.6m, TargetCount = 1037, Met = true, Suppressed = false,
        });
        var ofSmall = all.Items.Where(i => i.UnitId == small.Id).ToDictionary(i => i.Indicator);
        ofSmall[Indicator.PupilsMentored].Should().BeEquivalentTo(new
        {
            UnitName = "Маленький посёлок", Numerator = (int?)null, Value = (decimal?)null, Met = (bool?)null, Denominator = 40, Suppressed = true,
        });
        ofSmall[Indicator.YoungTeachersMentored].Should().BeEquivalentTo(new { Numerator = (int?)null, Value = (decimal?)null, Suppressed = true }, "2 of 12 left out is a group small enough to recognise");
        ofSmall[Indicator.Mentors].Should().BeEquivalentTo(new { Numerator = (int?)null, Value = (decimal?)null, Suppressed = true });
        ofSmall[Indicator.OrganizationsWithProgramme].Should().BeEquivalentTo(new { Numerator = 1, Value = 50.0m, Suppressed = false }, "organisations are not persons");

        var municipal = await Anonymous.GetPublicAsync<PagedList<PublicIndicatorDto>>($"/indicators?municipalityId={municipality.Id}");
        municipal.Items.Should().ContainSingle().Which.Value.Should().Be(34.6m, "1037 / 3000 = 34.5666… shown to one decimal");
        (await Anonymous.GetPublicAsync<PagedList<PublicIndicatorDto>>($"/indicators?regionId={region.Id}&includeBreakdowns=true&indicator=Mentees")).Items
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Breakdown = "rural", Numerator = 40 });
    }
}
