using System.Net;
using System.Text.Json;
using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>A programme's stage over HTTP: read it, move it forward, see the gate refuse.</summary>
public static class ProgrammeRequests
{
    public static async Task<ProgrammeStageDto> StageAsync(this HttpClient client, Guid programmeId) =>
        await HttpResults.OkAsync<ProgrammeStageDto>(await client.GetAsync($"/api/v1/programmes/{programmeId}/stage"));

    public static async Task<ProgrammeStageDto> AdvanceAsync(this HttpClient client, Guid programmeId) =>
        await HttpResults.OkAsync<ProgrammeStageDto>(await client.PostAsync($"/api/v1/programmes/{programmeId}/stage/advance", null));

    /// <summary>The gate refuses: 409 with the checklist naming what is missing.</summary>
    public static async Task AdvanceIsRefusedAsync(this HttpClient client, Guid programmeId, params string[] missing)
    {
        var response = await client.PostAsync($"/api/v1/programmes/{programmeId}/stage/advance", null);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Conflict, body);
        using var json = JsonDocument.Parse(body);
        var unmet = json.RootElement.GetProperty("checklist").EnumerateArray().Where(i => !i.GetProperty("met").GetBoolean())
            .Select(i => i.GetProperty("code").GetString()).ToList();
        unmet.Should().BeEquivalentTo(missing);
    }
}
