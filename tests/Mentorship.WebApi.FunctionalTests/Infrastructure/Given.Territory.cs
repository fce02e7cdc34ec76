using Mentorship.Application.Territory.Municipalities;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.Common;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Regions, municipalities, organisations and head-counts, through the territory API.</summary>
public sealed partial class Given
{
    public Task<RegionDto> Region(string code = "38", string name = "Иркутская область") =>
        CreatedAsync<RegionDto>($"{Api}/regions", new { code, name });

    public Task<MunicipalityDto> Municipality(Guid regionId, string? name = null, string? oktmo = null)
    {
        var n = Next();
        return CreatedAsync<MunicipalityDto>($"{Api}/municipalities", new { regionId, name = name ?? $"Муниципалитет {n}", oktmo = oktmo ?? $"25{n:D6}" });
    }

    public Task<OrganizationDto> Organization(Guid municipalityId, string? name = null, string kind = "GeneralEducationSchool", string? inn = null, bool isRural = false) =>
        CreatedAsync<OrganizationDto>($"{Api}/organizations", new { municipalityId, name = name ?? $"МБОУ СОШ № {Next()}", kind, inn, isRural });

    /// <summary>A region with one municipality.</summary>
    public async Task<(RegionDto Region, MunicipalityDto Municipality)> Territory()
    {
        var region = await Region();
        return (region, await Municipality(region.Id));
    }

    /// <summary>A school of a new region and municipality.</summary>
    public async Task<Guid> School(string? name = null) => (await Schools(name))[0];

    /// <summary>Schools of one new region and municipality.</summary>
    public async Task<List<Guid>> Schools(params string?[] names)
    {
        var (_, municipality) = await Territory();
        var schools = new List<Guid>();
        foreach (var name in names)
        {
            schools.Add((await Organization(municipality.Id, name)).Id);
        }

        return schools;
    }

    /// <summary>An organisation's head-count for the academic year that starts in <paramref name="academicYear"/>.</summary>
    public async Task HeadCount(Guid organizationId, int academicYear, int pupilsInAgeBand, int teachersUnder35 = 0, int youngSpecialists = 0, int pupilsTotal = 0, int teachersTotal = 0) =>
        await CreatedAsync<object>($"{Api}/organizations/{organizationId}/headcounts", new
        {
            academicYear = new AcademicYear(academicYear).ToString(),
            pupilsTotal = Math.Max(pupilsTotal, pupilsInAgeBand),
            pupilsInAgeBand,
            teachersTotal = Math.Max(teachersTotal, Math.Max(teachersUnder35, youngSpecialists)),
            teachersUnder35,
            youngSpecialists,
        });
}
