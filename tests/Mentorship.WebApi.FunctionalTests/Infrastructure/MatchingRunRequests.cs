using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Jobs.Queries.GetJob;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Matching runs over HTTP: POST …/matching-runs answers 202 with a job to poll.</summary>
public static class MatchingRunRequests
{
    /// <summary>POST …/matching-runs → 202 with the job and its address (Location /api/v1/jobs/{id}).</summary>
    public static async Task<(JobDto Job, string Location)> StartMatchingRunAsync(this HttpClient client, Guid programmeId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/matching-runs", body ?? new { }, HttpResults.Json);
        var job = await HttpResults.OkAsync<JobDto>(response, HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        location.Should().Be($"/api/v1/jobs/{job.Id}");
        return (job, location);
    }
}
