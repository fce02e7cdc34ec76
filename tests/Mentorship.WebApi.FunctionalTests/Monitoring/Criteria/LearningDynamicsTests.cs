using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Criteria;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Monitoring.Criteria;

/// <summary>Criterion 7 from the dynamics reported per mentee teacher, recomputed by the job.</summary>
public sealed class LearningDynamicsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly DateOnly Born = new(1992, 6, 1);

    [Test]
    public async Task Reported_dynamics_give_criterion_7_with_ties_to_the_lower_level_and_one_report_per_teacher()
    {
        var (_, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id)).Id;
        var other = (await Given.Organization(municipality.Id)).Id;
        var programme = (await Given.Programme(school, startYear: 2024)).Id;
        var mentor = await Given.Person(school, PersonCategory.Teacher, birthDate: new DateOnly(1975, 1, 1));
        var mentees = await Given.People(school, 4, PersonCategory.Teacher, Born);
        var notMentee = await Given.Person(school, PersonCategory.Teacher, birthDate: Born);
        await Given.Group(programme, mentor, mentees, new DateOnly(2024, 1, 9), form: MentoringForm.TeacherTeacher);

        AsCurator(school);
        string[] first = ["Positive", "Stable", "Positive", "Negative"];
        foreach (var (person, dynamics) in mentees.Zip(first))
        {
            await OkAsync<LearningDynamicsDto>(await RecordAsync(school, person, dynamics));
        }

        // The fourth teacher's report is replaced: positive 2, stable 2 — a tie, to the lower level.
        var replaced = await OkAsync<LearningDynamicsDto>(await RecordAsync(school, mentees[3], "Stable"));
        replaced.Dynamics.Should().Be(CriterionLevel.Stable);
        (await OkAsync<PagedList<LearningDynamicsDto>>(await Client.GetAsync($"{Api}/learning-dynamics?organizationId={school}&year=2024"))).TotalCount.Should().Be(4);

        (await ProblemAsync(await RecordAsync(school, notMentee, "Positive"), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Criteria.NotMenteeInYear);
        (await ProblemAsync(await RecordAsync(school, mentees[0], "Present"), HttpStatusCode.BadRequest)).ErrorCodes!.Should().ContainKey("dynamics");
        AsCurator(other);
        await ProblemAsync(await RecordAsync(school, mentees[0], "Negative"), HttpStatusCode.NotFound);
        (await ProblemAsync(await RecordAsync(other, mentees[0], "Negative"), HttpStatusCode.BadRequest)).ErrorCodes!["personId"].Should().Equal(ErrorCodes.Criteria.NotTeacherOfOrganization);

        AsAdministrator();
        await Client.RecomputeAsync(2024);

        AsCurator(school);
        var criteria = await Client.EfficiencyAsync(school, 2024);
        criteria[EfficiencyCriterion.LearningDynamics].Level.Should().Be(CriterionLevel.Stable);
        criteria.Indicator(CriterionIndicator.LearningDynamics).Should().BeEquivalentTo(new
        {
            Code = "7.1",
            Level = CriterionLevel.Stable,
            Source = IndicatorSource.Report,
            Distribution = new Dictionary<string, int> { ["positive"] = 2, ["stable"] = 2, ["negative"] = 0 },
        }, o => o.ExcludingMissingMembers());

        AsCurator(other);
        (await Client.EfficiencyAsync(other, 2024))[EfficiencyCriterion.LearningDynamics].Level.Should().Be(CriterionLevel.NoData);
    }

    private Task<HttpResponseMessage> RecordAsync(Guid organizationId, Guid personId, string dynamics) =>
        PutAsync($"{Api}/learning-dynamics", new { organizationId, year = 2024, personId, dynamics, periodFrom = "2024-01-09", periodTo = "2024-05-31" });
}
