using System.Net;
using Hangfire;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingRun;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>Stage 5's matching as a background job, run by the application's real Hangfire server.</summary>
public sealed class MatchingRunTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task A_run_answers_202_with_its_job_and_its_stored_result_equals_the_synchronous_matching()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var synchronous = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{waiting.ProgrammeId}/matching"));

        var (started, location) = await Client.StartMatchingRunAsync(waiting.ProgrammeId);
        started.Should().BeEquivalentTo(new { Kind = MatchingRun.JobKind, ProgrammeId = waiting.ProgrammeId }, o => o.ExcludingMissingMembers());
        var job = await Client.WaitForJobAsync(location);

        job.Status.Should().Be(JobRunStatus.Succeeded);
        job.Progress.Should().BeEquivalentTo(new JobProgressDto(MatchingRunPhase.Done, 100, Mentors: 1, Mentees: 3, Forms: 2, FormsDone: 2, Proposals: 2, Unmatched: 1));
        job.ErrorCode.Should().BeNull();
        job.ResultLocation.Should().Be($"{Api}/programmes/{waiting.ProgrammeId}/matching-runs/{job.Id}");
        var run = await OkAsync<MatchingRunDto>(await Client.GetAsync(job.ResultLocation));
        run.Should().BeEquivalentTo(new { Id = job.Id, Status = JobRunStatus.Succeeded, Phase = MatchingRunPhase.Done, Percent = 100, Language = "ru" }, o => o.ExcludingMissingMembers());
        ResultOf(run).Should().BeEquivalentTo(synchronous, o => o.WithStrictOrdering());
        synchronous.Proposals.Should().HaveCount(2, "the data make a result worth comparing");

        // The run ended, so the next request starts another one, with its own parameters.
        var pupilsOnly = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{waiting.ProgrammeId}/matching?form=TeacherPupil"));
        var (second, secondLocation) = await Client.StartMatchingRunAsync(waiting.ProgrammeId, new { form = "TeacherPupil" });
        second.Id.Should().NotBe(job.Id);
        var secondJob = await Client.WaitForJobAsync(secondLocation);
        var secondRun = await OkAsync<MatchingRunDto>(await Client.GetAsync(secondJob.ResultLocation));
        secondRun.Form.Should().Be(MentoringForm.TeacherPupil);
        ResultOf(secondRun).Should().BeEquivalentTo(pupilsOnly, o => o.WithStrictOrdering());
    }

    [Test]
    public async Task A_run_requested_in_english_keeps_english_reasons_whoever_reads_it()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var english = await ReadAsync<MatchingResultDto>(await SendInEnglishAsync(HttpMethod.Get, $"{Api}/programmes/{waiting.ProgrammeId}/matching"));

        var response = await SendInEnglishAsync(HttpMethod.Post, $"{Api}/programmes/{waiting.ProgrammeId}/matching-runs", new { });
        await OkAsync<JobDto>(response, HttpStatusCode.Accepted);
        var job = await Client.WaitForJobAsync(response.Headers.Location!.ToString());
        var run = await OkAsync<MatchingRunDto>(await Client.GetAsync(job.ResultLocation));

        run.Language.Should().Be("en");
        ResultOf(run).Should().BeEquivalentTo(english, o => o.WithStrictOrdering());
    }

    [Test]
    public async Task A_request_while_a_run_is_queued_answers_the_same_job_whatever_its_parameters()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var queued = await QueuedRunAsync(waiting.ProgrammeId);

        var (job, _) = await Client.StartMatchingRunAsync(waiting.ProgrammeId, new { form = "TeacherTeacher" });

        job.Id.Should().Be(queued.Id);
        job.Progress!.Phase.Should().Be(MatchingRunPhase.Queued);
        (await QueryAsync(db => Task.FromResult(db.MatchingRuns.Count(r => r.ProgrammeId == waiting.ProgrammeId)))).Should().Be(1);
    }

    [Test]
    public async Task A_failed_run_shows_its_code_and_the_next_request_starts_a_new_run()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var queued = await QueuedRunAsync(waiting.ProgrammeId);

        // The programme goes back to stage 4 before a worker takes the run: the run fails with the stage's refusal.
        await OkAsync<object>(await PostAsync($"{Api}/programmes/{waiting.ProgrammeId}/stage/return", new { stage = "MenteeBank", reason = "Дополнить банк наставляемых" }));
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<MatchingJobs>(jobs => jobs.ComputeAsync(queued.Id, CancellationToken.None));
        var failed = await Client.WaitForJobAsync($"{Api}/jobs/{queued.Id}");

        failed.Status.Should().Be(JobRunStatus.Failed);
        failed.ErrorCode.Should().Be(ErrorCodes.Stage.NotReached);
        failed.Error.Should().NotBeNullOrWhiteSpace();
        failed.Progress!.Phase.Should().Be(MatchingRunPhase.Done);
        (await OkAsync<MatchingRunDto>(await Client.GetAsync(failed.ResultLocation))).Proposals.Should().BeNull();

        await Client.AdvanceAsync(waiting.ProgrammeId);
        var (next, location) = await Client.StartMatchingRunAsync(waiting.ProgrammeId);
        next.Id.Should().NotBe(queued.Id);
        (await Client.WaitForJobAsync(location)).Status.Should().Be(JobRunStatus.Succeeded);
    }

    [Test]
    public async Task A_run_whose_worker_died_is_given_up_by_the_next_request()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var dead = new MatchingRun(waiting.ProgrammeId, null, null, "ru", "test", Factory.Clock.GetUtcNow());
        dead.Start(Factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(30));
        await Given.Rows(db => db.MatchingRuns.Add(dead));

        Factory.Clock.Advance(new MatchingRunOptions().AbandonedAfter - TimeSpan.FromMinutes(1));
        (await Client.StartMatchingRunAsync(waiting.ProgrammeId)).Job.Id.Should().Be(dead.Id, "the worker may still be alive");

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (next, location) = await Client.StartMatchingRunAsync(waiting.ProgrammeId);

        next.Id.Should().NotBe(dead.Id);
        (await Client.WaitForJobAsync(location)).Status.Should().Be(JobRunStatus.Succeeded);
        var given = await ReadAsync<JobDto>(await Client.GetAsync($"{Api}/jobs/{dead.Id}"));
        given.Should().BeEquivalentTo(new { Status = JobRunStatus.Failed, ErrorCode = ErrorCodes.MatchingRun.Abandoned }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public async Task Another_organisation_s_programme_its_job_and_its_run_are_not_found()
    {
        AsCurator(_school);
        var waiting = await Given.ProgrammeWaitingForMatching(_school);
        var (job, location) = await Client.StartMatchingRunAsync(waiting.ProgrammeId);
        await Client.WaitForJobAsync(location);

        // The programme's municipal coordinator sees the job; the curator of another school of the same municipality does not.
        var municipalityId = await QueryAsync(db => db.Organizations.Where(o => o.Id == _school).Select(o => o.MunicipalityId).SingleAsync());
        AsMunicipalCoordinator(municipalityId);
        (await ReadAsync<JobDto>(await Client.GetAsync(location))).Status.Should().Be(JobRunStatus.Succeeded);
        AsAdministrator();
        var other = await Given.Organization(municipalityId, "МБОУ СОШ № 9");
        AsCurator(other.Id);

        await ProblemAsync(await PostAsync($"{Api}/programmes/{waiting.ProgrammeId}/matching-runs", new { }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync(location), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync(job.ResultLocation), HttpStatusCode.NotFound);

        // A run is read under its own programme only.
        AsCurator(_school);
        var own = await Given.Programme(_school, "Другая программа");
        await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{own.Id}/matching-runs/{job.Id}"), HttpStatusCode.NotFound);
        AsMentee(waiting.Pupil);
        await ProblemAsync(await Client.GetAsync(job.ResultLocation), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Bad_parameters_are_refused_naming_the_field_and_an_early_stage_with_409()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);

        var stage = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/matching-runs", new { }), HttpStatusCode.Conflict);
        stage.Code.Should().Be(ErrorCodes.Stage.NotReached);
        var form = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/matching-runs", new { form = "Nonsense" }), HttpStatusCode.BadRequest);
        form.Errors.Should().ContainKey("form");
        var mentee = await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/matching-runs", new { menteePersonId = Guid.Empty }), HttpStatusCode.BadRequest);
        mentee.Errors.Should().ContainKey("menteePersonId");
        (await CountAsync<MatchingRun>()).Should().Be(0);
    }

    private static MatchingResultDto ResultOf(MatchingRunDto run) => new(run.Proposals!, run.Unmatched!, run.TotalScore!.Value);

    private async Task<MatchingRun> QueuedRunAsync(Guid programmeId)
    {
        // Written without its job, so that it stays queued while the test asks again.
        var run = new MatchingRun(programmeId, null, null, "ru", "test", Factory.Clock.GetUtcNow());
        await Given.Rows(db => db.MatchingRuns.Add(run));
        return run;
    }
}
