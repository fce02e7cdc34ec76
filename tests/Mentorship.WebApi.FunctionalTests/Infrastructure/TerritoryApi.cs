using System.Net;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Application.Territory.Municipalities;
using Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;
using Mentorship.Application.Territory.Municipalities.Commands.UpdateMunicipality;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipalities;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;
using Mentorship.Application.Territory.Regions.Commands.UpdateRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Application.Territory.Regions.Queries.GetRegions;
using Mentorship.Domain.Monitoring;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Helpers that make territory set-up read like the use case, and run a recompute of its monitoring through Hangfire.</summary>
public abstract class TerritoryTestBase(Mentorship.Infrastructure.Persistence.DatabaseProvider provider) : FunctionalTestBase(provider)
{
    protected const string Api = "/api/v1";

    private int _sequence;

    protected async Task<RegionDto> CreateRegionAsync(string code = "38", string name = "Иркутская область")
    {
        var response = await PostAsync($"{Api}/regions", new { code, name });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<RegionDto>(response);
    }

    protected async Task<MunicipalityDto> CreateMunicipalityAsync(Guid regionId, string? name = null, string? oktmo = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        var response = await PostAsync($"{Api}/municipalities", new
        {
            regionId,
            name = name ?? $"Муниципалитет {n}",
            oktmo = oktmo ?? $"25{n:D6}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<MunicipalityDto>(response);
    }

    protected async Task<OrganizationDto> CreateOrganizationAsync(Guid municipalityId, string? name = null, string kind = "GeneralEducationSchool", string? inn = null, bool isRural = false)
    {
        var n = Interlocked.Increment(ref _sequence);
        var response = await PostAsync($"{Api}/organizations", new
        {
            municipalityId,
            name = name ?? $"МБОУ СОШ № {n}",
            kind,
            inn,
            isRural,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<OrganizationDto>(response);
    }

    protected async Task<(RegionDto Region, MunicipalityDto Municipality)> CreateTerritoryAsync()
    {
        var region = await CreateRegionAsync();
        var municipality = await CreateMunicipalityAsync(region.Id);
        return (region, municipality);
    }

    protected static async Task<Problem> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        return await ReadAsync<Problem>(response);
    }

    /// <summary>POST /monitoring/recompute → 202 with a job to poll, then polls /jobs/{id} until it ends.</summary>
    protected async Task<JobDto> RecomputeAsync(int year, Guid? regionId = null)
    {
        var response = await PostAsync($"{Api}/monitoring/recompute", new { regionId, year });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        location.Should().StartWith($"{Api}/jobs/");
        return await WaitForJobAsync(location);
    }

    protected async Task<JobDto> WaitForJobAsync(string location, int timeoutSeconds = 90)
    {
        // Hangfire runs the job in real time, whatever the application's (fake) clock says.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var job = await ReadAsync<JobDto>(await Client.GetAsync(location));
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
