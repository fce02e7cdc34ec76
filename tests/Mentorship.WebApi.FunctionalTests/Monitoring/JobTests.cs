using System.Net;
using Hangfire;
using Hangfire.Storage;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Monitoring.Queries.GetCoverage;
using Mentorship.Domain.Monitoring;
using Mentorship.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>The job resource, attempts of a failing region, and the recurring jobs registered at start-up.</summary>
public sealed class JobTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_failing_region_is_queued_again_for_each_retry_and_fails_after_the_last_attempt()
    {
        var region = await Given.Region("61", "Ростовская область");
        var run = new JobRun(2024, region.Id, [region.Id], "test", Factory.Clock.GetUtcNow());
        await Given.Rows(async db =>
        {
            db.JobRuns.Add(run);
            await db.SaveChangesAsync();

            // The region vanishes under the run: every attempt of its job fails.
            db.Regions.Remove(db.Regions.Single(r => r.Id == region.Id));
            await db.SaveChangesAsync();
        });

        for (var attempt = 1; attempt <= RegionRun.MaxAttempts; attempt++)
        {
            await FluentActions.Awaiting(() => RunJobAsync(jobs => jobs.RecomputeRegionAsync(run.Id, region.Id, CancellationToken.None))).Should().ThrowAsync<Exception>();

            var job = await ReadAsync<JobDto>(await Client.GetAsync($"{Api}/jobs/{run.Id}"));
            job.Regions.Single().Executions.Should().Be(attempt);
            job.Status.Should().Be(attempt < RegionRun.MaxAttempts ? JobRunStatus.Queued : JobRunStatus.Failed);
            job.Regions.Single().Error.Should().NotBeNullOrEmpty();
        }
    }

    [Test]
    public async Task A_region_job_redelivered_while_its_dead_worker_still_holds_the_region_does_the_work()
    {
        var (region, school, run) = await RunClaimedByAWorkerThatDiesAsync();

        // While the lease lives, a second delivery neither works nor reports the region done.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<MonitoringJobs>();
            await FluentActions.Awaiting(() => jobs.RecomputeRegionAsync(run.Id, region, CancellationToken.None)).Should().ThrowAsync<RegionRunBusyException>();
        }

        (await ReadAsync<JobDto>(await Client.GetAsync($"{Api}/jobs/{run.Id}"))).Regions.Single().Should().BeEquivalentTo(new { Status = JobRunStatus.Running, Executions = 1 });

        // The worker stopped renewing its lease; Hangfire delivers the job again.
        Factory.Clock.Advance(JobRun.LeaseDuration + TimeSpan.FromSeconds(1));
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<MonitoringJobs>(jobs => jobs.RecomputeRegionAsync(run.Id, region, CancellationToken.None));

        var job = await Client.WaitForJobAsync($"{Api}/jobs/{run.Id}");
        job.Status.Should().Be(JobRunStatus.Succeeded);
        job.Regions.Single().Should().BeEquivalentTo(new { Status = JobRunStatus.Succeeded, Executions = 2, Organizations = 1 });
        await ComputedCoverageOfAsync(school);
    }

    [Test]
    public async Task The_sweep_reruns_a_region_whose_worker_died()
    {
        var (region, school, run) = await RunClaimedByAWorkerThatDiesAsync();
        Factory.Clock.Advance(JobRun.LeaseDuration + TimeSpan.FromSeconds(1));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MonitoringJobs>().ResumeAbandonedRunsAsync(CancellationToken.None);
        }

        var job = await Client.WaitForJobAsync($"{Api}/jobs/{run.Id}");
        job.Regions.Single().Should().BeEquivalentTo(new { RegionId = region, Status = JobRunStatus.Succeeded, Executions = 2 });
        await ComputedCoverageOfAsync(school);
    }

    [Test]
    public async Task The_sweep_reruns_a_region_whose_job_was_lost_after_the_fan_out()
    {
        // The fan-out ran and the process died with the region's job in its in-memory storage: the region stays queued.
        var region = await Given.Region("61", "Ростовская область");
        var school = await Given.Organization((await Given.Municipality(region.Id)).Id);
        await Given.HeadCount(school.Id, 2024, 100);
        var run = new JobRun(2024, region.Id, [region.Id], "test", Factory.Clock.GetUtcNow());
        run.FanningOut("987654321"); // an id as the job storage gives, of a job that is no longer there
        await Given.Rows(db => db.JobRuns.Add(run));
        Factory.Clock.Advance(MonitoringJobs.FanOutLostAfter + TimeSpan.FromSeconds(1));

        await RunJobAsync(jobs => jobs.ResumeAbandonedRunsAsync(CancellationToken.None));

        var job = await Client.WaitForJobAsync($"{Api}/jobs/{run.Id}");
        job.Regions.Single().Should().BeEquivalentTo(new { RegionId = region.Id, Status = JobRunStatus.Succeeded, Executions = 1 });
        await ComputedCoverageOfAsync(school.Id);
    }

    [Test]
    public async Task A_recompute_rolled_back_enqueues_no_job()
    {
        await Given.Region("61", "Ростовская область");
        var before = FanOutJobs();

        // The run is not written: the database refuses its regions.
        await using (await Factory.Database.RefuseAsync("INSERT", "RegionRuns"))
        {
            await ProblemAsync(await PostAsync($"{Api}/monitoring/recompute", new { year = 2024 }), HttpStatusCode.InternalServerError);
        }

        (await CountAsync<JobRun>()).Should().Be(0);
        FanOutJobs().Except(before).Should().BeEmpty();

        // The same request, written, enqueues its fan-out job once.
        var job = await Client.RecomputeAsync(2024);
        FanOutJobs().Except(before).Should().ContainSingle().Which.Should().Be(job.Id);
    }

    /// <summary>A run of one region whose worker claimed it and died: the region is running under a lease nobody renews.</summary>
    private async Task<(Guid Region, Guid School, JobRun Run)> RunClaimedByAWorkerThatDiesAsync()
    {
        var region = await Given.Region("61", "Ростовская область");
        var school = await Given.Organization((await Given.Municipality(region.Id)).Id);
        await Given.HeadCount(school.Id, 2024, 100);
        var run = new JobRun(2024, region.Id, [region.Id], "test", Factory.Clock.GetUtcNow());
        run.ClaimRegion(region.Id, Factory.Clock.GetUtcNow()).Should().Be(RegionClaim.Claimed);
        await Given.Rows(db => db.JobRuns.Add(run));
        return (region.Id, school.Id, run);
    }

    private async Task ComputedCoverageOfAsync(Guid school)
    {
        var coverage = await ReadAsync<PagedList<CoverageDto>>(await Client.GetAsync($"{Api}/monitoring/coverage?organizationId={school}&year=2024&indicator={Indicator.PupilsMentored}"));
        coverage.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Denominator = 100, ComputedAt = Factory.Clock.GetUtcNow() });
    }

    /// <summary>The runs of every fan-out job in Hangfire's storage, in any state (read in the order jobs move through states).</summary>
    private List<Guid> FanOutJobs()
    {
        var monitoring = Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        const int all = 100_000;
        var jobs = monitoring.ScheduledJobs(0, all).Select(j => j.Value.Job)
            .Concat(monitoring.EnqueuedJobs("default", 0, all).Select(j => j.Value.Job))
            .Concat(monitoring.ProcessingJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.DeletedJobs(0, all).Select(j => j.Value.Job));
        return jobs.Where(j => j?.Method.Name == nameof(MonitoringJobs.FanOutAsync)).Select(j => (Guid)j!.Args[0]).Distinct().ToList();
    }

    [Test]
    public async Task A_job_is_found_only_within_the_callers_region()
    {
        var own = await Given.Region("61", "Ростовская область");
        var foreign = await Given.Region("62", "Рязанская область");

        AsRegionalCoordinator(own.Id);
        var job = await Client.RecomputeAsync(2024);
        job.RegionId.Should().Be(own.Id);
        job.Summary.Regions.Should().Be(1);

        AsRegionalCoordinator(foreign.Id);
        await ProblemAsync(await Client.GetAsync($"{Api}/jobs/{job.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/jobs/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Test]
    public void The_nightly_recompute_and_the_daily_flags_are_registered_in_utc()
    {
        using var connection = Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs();

        recurring.Select(j => j.Id).Should().Contain([RecurringJobsRegistration.NightlyRecompute, RecurringJobsRegistration.StaleGroups, RecurringJobsRegistration.OverdueRoadmapItems]);
        recurring.Where(j => j.Id.StartsWith("monitoring-", StringComparison.Ordinal) || j.Id.StartsWith("roadmaps-", StringComparison.Ordinal))
            .Should().OnlyContain(j => j.TimeZoneId == "UTC" || j.TimeZoneId == "Etc/UTC");
    }
}
