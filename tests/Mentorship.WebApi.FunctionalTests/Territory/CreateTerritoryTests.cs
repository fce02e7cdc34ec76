using System.Net;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Territory;

/// <summary>Regions, municipalities and organisations are created and read back.</summary>
public sealed class CreateTerritoryTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_region_municipality_and_organisation_are_created_and_read_back()
    {
        var (region, municipality) = await Given.Territory();
        var created = await Given.Organization(municipality.Id, "МБОУ «Лицей № 1»", "GeneralEducationSchool", inn: "7707083893", isRural: true);

        var response = await Client.GetAsync($"{Api}/organizations/{created.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        var organization = await ReadAsync<OrganizationDto>(response);
        organization.Should().BeEquivalentTo(new
        {
            created.Id,
            MunicipalityId = municipality.Id,
            MunicipalityName = municipality.Name,
            RegionId = region.Id,
            Name = "МБОУ «Лицей № 1»",
            Kind = OrganizationKind.GeneralEducationSchool,
            Inn = "7707083893",
            IsRural = true,
            IsArchived = false,
            Version = 1L,
        });
        municipality.RegionName.Should().Be("Иркутская область");
        region.PupilAgeFrom.Should().Be(10);
        region.PupilAgeTo.Should().Be(18);
    }

    [Test]
    public async Task Create_answers_201_with_location_and_etag()
    {
        var response = await PostAsync($"{Api}/regions", new { code = "23", name = "Краснодарский край" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var region = await ReadAsync<RegionDto>(response);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/regions/{region.Id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
    }
}
