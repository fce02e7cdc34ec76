using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Monitoring.Queries.GetStaleGroups;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>The daily job flags pairs without a meeting for 30 days.</summary>
public sealed class FlagStaleGroupsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Pairs_without_a_meeting_for_30_days_are_listed_for_their_curator_and_counted()
    {
        var (region, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id)).Id;
        var otherSchool = (await Given.Organization(municipality.Id)).Id;
        var programme = (await Given.Programme(school, startYear: 2024)).Id;
        var people = await Given.People(school, 4, PersonCategory.Pupil, new DateOnly(2009, 1, 1));
        var quiet = await Given.Group(programme, people[0], [people[1]], new DateOnly(2024, 6, 1), format: MentoringFormat.OneToOne);
        var busy = await Given.Group(programme, people[2], [people[3]], new DateOnly(2024, 6, 1), format: MentoringFormat.OneToOne);
        await Given.Rows(db =>
        {
            db.Meetings.Add(new Meeting(quiet, new DateTimeOffset(2024, 8, 1, 15, 0, 0, TimeSpan.Zero), 45, MeetingKind.Regular, "Цели", null));
            db.Meetings.Add(new Meeting(busy, new DateTimeOffset(2024, 9, 20, 15, 0, 0, TimeSpan.Zero), 45, MeetingKind.Regular, "Цели", null));
        });

        await RunJobAsync(jobs => jobs.FlagStaleGroupsAsync(CancellationToken.None));
        await RunJobAsync(jobs => jobs.FlagStaleGroupsAsync(CancellationToken.None));

        AsCurator(school);
        var stale = await ReadAsync<PagedList<StaleGroupDto>>(await Client.GetAsync($"{Api}/monitoring/stale-groups"));
        stale.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { GroupId = quiet, DaysWithoutMeeting = 61 }, o => o.ExcludingMissingMembers());

        AsCurator(otherSchool);
        (await ReadAsync<PagedList<StaleGroupDto>>(await Client.GetAsync($"{Api}/monitoring/stale-groups"))).TotalCount.Should().Be(0);

        AsAdministrator();
        await Client.RecomputeAsync(2024, region.Id);
        var counted = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?indicator=StaleGroups&year=2024&pageSize=200"));
        counted.Items.Select(i => (i.Level, i.Value)).Should().BeEquivalentTo([(MonitoringLevel.Organization, 1m), (MonitoringLevel.Municipality, 1m), (MonitoringLevel.Region, 1m)]);
    }
}
