using System.Net;
using Hangfire;
using Hangfire.Storage;
using Mentorship.Application.Jobs.Queries.GetJob;
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
