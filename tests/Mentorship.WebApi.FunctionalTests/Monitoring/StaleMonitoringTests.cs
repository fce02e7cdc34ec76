using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>A pair or group confirmed or closed marks the coverage of its organisation, municipality and region stale until the next recompute.</summary>
public sealed class StaleMonitoringTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _region;
    private Guid _school;

    [SetUp]
    public async Task CreateSchool()
    {
        var (region, municipality) = await Given.Territory();
        _region = region.Id;
        _school = (await Given.Organization(municipality.Id, "МБОУ Лицей № 2")).Id;
    }

    [Test]
    public async Task Confirming_and_closing_a_pair_mark_the_monitoring_stale_until_the_recompute()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Аверин");
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentee);
        AsAdministrator();
        await Client.RecomputeAsync(2024);
        (await GroupsCoverageAsync()).Should().OnlyContain(c => !c.Stale && c.Numerator == 0).And.HaveCount(3);

        AsCurator(_school);
        var pair = await Given.ConfirmedPair(programmeId, "PupilPupil", mentor, mentee);

        AsAdministrator();
        (await GroupsCoverageAsync()).Should().OnlyContain(c => c.Stale && c.Numerator == 0, "organisation, municipality and region all wait for the recompute");
        await Client.RecomputeAsync(2024);
        (await GroupsCoverageAsync()).Should().OnlyContain(c => !c.Stale && c.Numerator == 1);

        AsCurator(_school);
        await OkAsync<GroupDto>(await PostAsync($"{Api}/groups/{pair.Id}/end", new { outcome = "Completed", reason = "Цели достигнуты" }));

        AsAdministrator();
        (await GroupsCoverageAsync()).Should().OnlyContain(c => c.Stale);
        await Client.RecomputeAsync(2024);
        (await GroupsCoverageAsync()).Should().OnlyContain(c => !c.Stale);
    }

    [Test]
    public async Task A_pair_whose_monitoring_cannot_be_marked_is_not_confirmed()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Аверин");
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentee);

        // The pair is written first; the database then refuses the stale mark.
        await using (await Factory.Database.RefuseAsync("INSERT", "MonitoringChanges"))
        {
            await ProblemAsync(await PostAsync($"{Api}/programmes/{programmeId}/groups", new
            {
                form = "PupilPupil",
                format = "OneToOne",
                members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = mentee, role = "Mentee" } },
            }), HttpStatusCode.InternalServerError);
        }

        (await OkAsync<PagedList<GroupDto>>(await Client.GetAsync($"{Api}/programmes/{programmeId}/groups"))).TotalCount.Should().Be(0);
        (await Given.ConfirmedPair(programmeId, "PupilPupil", mentor, mentee)).Members.Should().HaveCount(2);
    }

    /// <summary>The count of pairs and groups of 2024 at every level of the school's region.</summary>
    private async Task<List<CoverageDto>> GroupsCoverageAsync() =>
        (await OkAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?regionId={_region}&year=2024&indicator={Indicator.Groups}"))).Items.ToList();
}
