using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Reporting;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Reporting;

/// <summary>The figures of an answer: checked as they are saved, and what a submission feeds into monitoring.</summary>
public sealed class ReportingFiguresTests(DatabaseProvider provider) : ReportingScenario(provider)
{
    [Test]
    public async Task Every_figure_is_checked_and_the_problem_names_the_field()
    {
        var sent = await SendAsync("HeadCounts", "AdditionalEducation", "Retention", "Dissemination");
        AsCurator(SchoolA);

        async Task RefusedAsync(object body, string field, string code)
        {
            var problem = await ProblemAsync(await SaveDraftAsync(sent.Id, SchoolA, body), HttpStatusCode.BadRequest);
            problem.ErrorCodes.Should().ContainKey(field).WhoseValue.Should().Contain(code);
        }

        await RefusedAsync(new { headCounts = HeadCounts(pupilsInAgeBand: 90, pupilsTotal: 80) }, "headCounts.pupilsInAgeBand", "reporting.part_exceeds_whole");
        await RefusedAsync(new { headCounts = HeadCounts(pupilsInAgeBand: -1) }, "headCounts.pupilsInAgeBand", "validation.negative");
        await RefusedAsync(new { additionalEducation = new { enrolled = 10, mentees = 11 } }, "additionalEducation.mentees", "reporting.part_exceeds_whole");
        await RefusedAsync(new { retention = Retention(retained: 5) }, "retention.youngSpecialistsRetained", "reporting.part_exceeds_whole");
        await RefusedAsync(new
        {
            dissemination = new { organizationLevel = 1, municipalLevel = 0, regionalLevel = 0, federalLevel = 0, mentors = 3, dppCourses = 1, mentorsTrained = 2, mentorshipContestParticipation = true },
        }, "dissemination.mentorsTrained", "reporting.part_exceeds_whole");
        await RefusedAsync(new { learningDynamics = new { positive = 1, stable = 1, negative = 0 } }, "learningDynamics", "reporting.section_not_asked");

        (await AnswerAsync(sent.Id, SchoolA)).Status.Should().Be(ReportingResponseStatus.NotStarted, "a refused save keeps nothing");

        AsMunicipalCoordinator(Municipality);
        var noSections = await ProblemAsync(await PostAsync($"{Api}/reporting-requests", new { year = Year, title = "Пустой", deadline = "2024-10-15", sections = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        noSections.ErrorCodes.Should().ContainKey("sections");
    }

    [Test]
    public async Task A_submitted_head_count_is_the_denominator_of_the_next_recompute()
    {
        await Given.HeadCount(SchoolA, Year, pupilsInAgeBand: 100);
        AsAdministrator();
        await Client.RecomputeAsync(Year, Region);
        (await PupilCoverageAsync()).Should().BeEquivalentTo(new { Denominator = 100, Stale = false }, o => o.ExcludingMissingMembers());

        var sent = await SendAsync("HeadCounts", "AdditionalEducation");
        AsOrganizationAdministrator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { headCounts = HeadCounts(pupilsInAgeBand: 50), additionalEducation = new { enrolled = 30, mentees = 12 } }));
        await OkAsync<ReportingResponseDto>(await SubmitAsync(sent.Id, SchoolA));

        var reported = await QueryAsync(db => db.HeadCounts.AsNoTracking().Where(h => h.OrganizationId == SchoolA && h.Source == HeadCountSource.ReportingRequest).ToListAsync());
        reported.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { PupilsInAgeBand = 50, PupilsTotal = 80, AdditionalEducationPupils = 30, AcademicYear = new Mentorship.Domain.Common.AcademicYear(Year) },
            o => o.ExcludingMissingMembers());

        AsAdministrator();
        (await PupilCoverageAsync()).Stale.Should().BeTrue("the submission moved the year's figures");
        await Client.RecomputeAsync(Year, Region);
        (await PupilCoverageAsync()).Should().BeEquivalentTo(new { Denominator = 50, Stale = false }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public async Task Of_two_submissions_at_once_exactly_one_is_recorded()
    {
        var sent = await SendAsync("Retention");
        AsCurator(SchoolA);
        await OkAsync<ReportingResponseDto>(await SaveDraftAsync(sent.Id, SchoolA, new { retention = Retention() }));

        var responses = await Task.WhenAll(SubmitAsync(sent.Id, SchoolA), SubmitAsync(sent.Id, SchoolA));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Single(r => r.StatusCode != HttpStatusCode.OK).StatusCode.Should().BeOneOf(HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict);
        var answer = await AnswerAsync(sent.Id, SchoolA);
        answer.Should().BeEquivalentTo(new { Status = ReportingResponseStatus.Submitted, Submissions = 1 }, o => o.ExcludingMissingMembers());
        (await AuditOfAsync(answer.Id)).Count(e => e.Details == "reporting.submitted").Should().Be(1);
        (await QueryAsync(db => db.MonitoringChanges.CountAsync(c => c.OrganizationId == SchoolA))).Should().Be(1);
    }

    private async Task<CoverageDto> PupilCoverageAsync()
    {
        var coverage = await OkAsync<PagedList<CoverageDto>>(await Client.GetAsync(
            $"{Api}/monitoring/coverage?level=Organization&unitId={SchoolA}&year={Year}&indicator={Indicator.PupilsMentored}"));
        return coverage.Items.Should().ContainSingle().Subject;
    }
}
