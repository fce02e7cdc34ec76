using Hangfire;
using Hangfire.AspNetCore;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Monitoring;

/// <summary>
/// Two more Hangfire servers on the same PostgreSQL job storage share a recompute run: every region is computed by
/// exactly one of the workers. (SQLite keeps Hangfire in memory with one server: nothing to share.)
/// </summary>
[Databases(DatabaseProvider.PostgreSql)]
public sealed class ScaleOutTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Two_hangfire_servers_on_one_postgresql_database_compute_each_region_once()
    {
        var regions = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var region = await Given.Region($"{10 + i}", $"Регион {i}");
            var municipality = await Given.Municipality(region.Id);
            var school = await Given.Organization(municipality.Id);
            await Given.HeadCount(school.Id, 2024, 100 + i);
            regions.Add(region.Id);
        }

        var storage = Factory.Services.GetRequiredService<JobStorage>();
        var activator = new AspNetCoreJobActivator(Factory.Services.GetRequiredService<IServiceScopeFactory>());
        using var first = new BackgroundJobServer(new BackgroundJobServerOptions { ServerName = "test-first", WorkerCount = 3, Activator = activator }, storage);
        using var second = new BackgroundJobServer(new BackgroundJobServerOptions { ServerName = "test-second", WorkerCount = 3, Activator = activator }, storage);

        var job = await Client.RecomputeAsync(2024);

        job.Status.Should().Be(JobRunStatus.Succeeded);
        job.Regions.Select(r => r.RegionId).Should().BeEquivalentTo(regions);
        job.Regions.Should().OnlyContain(r => r.Executions == 1 && r.Status == JobRunStatus.Succeeded && r.Organizations == 1);
        var rows = await QueryAsync(db => db.RegionRuns.CountAsync(r => r.JobRunId == job.Id));
        rows.Should().Be(6);

        // A duplicate of a region's job (a retried fan-out) finds the region done and computes nothing again.
        await RunJobAsync(jobs => jobs.RecomputeRegionAsync(job.Id, regions[0], CancellationToken.None));
        (await QueryAsync(db => db.RegionRuns.SingleAsync(r => r.JobRunId == job.Id && r.RegionId == regions[0]))).Executions.Should().Be(1);
    }
}
