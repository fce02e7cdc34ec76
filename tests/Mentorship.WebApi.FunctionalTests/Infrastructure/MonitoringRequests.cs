using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Jobs;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Monitoring;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Recomputation over HTTP: 202 with a job resource, polled until the job ends.</summary>
public static class MonitoringRequests
{
    /// <summary>POST /monitoring/recompute → 202 with a job to poll, then polls /jobs/{id} until it ends.</summary>
    public static async Task<JobDto> RecomputeAsync(this HttpClient client, int year, Guid? regionId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/monitoring/recompute", new { regionId, year }, HttpResults.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        location.Should().StartWith("/api/v1/jobs/");
        return await client.WaitForJobAsync(location);
    }

    public static async Task<JobDto> WaitForJobAsync(this HttpClient client, string location, int timeoutSeconds = 90)
    {
        // Hangfire runs the job in real time, whatever the application's (fake) clock says.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var job = await HttpResults.ReadAsync<JobDto>(await client.GetAsync(location));
            if (job.Status is JobRunStatus.Succeeded or JobRunStatus.Failed)
            {
                return job;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(timeoutSeconds))
            {
                Assert.Fail($"The job at {location} is still {job.Status} after {timeoutSeconds} s.");
            }

            await Task.Delay(100);
        }
    }
}
