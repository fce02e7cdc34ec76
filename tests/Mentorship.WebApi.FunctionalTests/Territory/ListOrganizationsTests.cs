using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Municipalities;
using Mentorship.Application.Territory.Municipalities.Queries.GetMunicipality;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;

namespace Mentorship.WebApi.FunctionalTests.Territory;

/// <summary>Lists page and filter; archived organisations leave them.</summary>
public sealed class ListOrganizationsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Lists_page_and_filter_by_region_municipality_kind_and_name()
    {
        var irkutsk = await Given.Region("38", "Иркутская область");
        var kuban = await Given.Region("23", "Краснодарский край");
        var angarsk = await Given.Municipality(irkutsk.Id, "Ангарский городской округ");
        var bratsk = await Given.Municipality(irkutsk.Id, "Братск");
        var armavir = await Given.Municipality(kuban.Id, "Армавир");
        for (var i = 1; i <= 5; i++)
        {
            await Given.Organization(angarsk.Id, $"Школа Ангарска {i}");
        }

        await Given.Organization(bratsk.Id, "Центр «Ёлочка»", "AdditionalEducation");
        await Given.Organization(armavir.Id, "Школа Армавира");

        var page = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?regionId={irkutsk.Id}&page=2&pageSize=4"));
        page.TotalCount.Should().Be(6);
        page.Page.Should().Be(2);
        page.Items.Should().HaveCount(2);
        page.TotalPages.Should().Be(2);

        var byMunicipality = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?municipalityId={armavir.Id}"));
        byMunicipality.Items.Select(o => o.Name).Should().Equal("Школа Армавира");

        var byKind = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?kind=AdditionalEducation"));
        byKind.Items.Select(o => o.Name).Should().Equal("Центр «Ёлочка»");

        var byName = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?search={Uri.EscapeDataString("ЕЛОЧКА")}"));
        byName.Items.Select(o => o.Name).Should().Equal("Центр «Ёлочка»");

        var municipalities = await ReadAsync<PagedList<MunicipalityDto>>(await Client.GetAsync($"{Api}/municipalities?regionId={irkutsk.Id}"));
        municipalities.Items.Select(m => m.Name).Should().Equal("Ангарский городской округ", "Братск");

        var regions = await ReadAsync<PagedList<RegionDto>>(await Client.GetAsync($"{Api}/regions?pageSize=1"));
        regions.TotalCount.Should().Be(2);
        regions.Items.Single().Code.Should().Be("23");
    }

    [Test]
    public async Task Archived_organisations_leave_lists_and_take_no_changes()
    {
        var (_, municipality) = await Given.Territory();
        var organization = await Given.Organization(municipality.Id);

        var archive = await Client.PostAsync($"{Api}/organizations/{organization.Id}/archive", null);
        archive.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync<OrganizationDto>(archive)).IsArchived.Should().BeTrue();

        var list = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations"));
        list.TotalCount.Should().Be(0);
        var withArchived = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?includeArchived=true"));
        withArchived.TotalCount.Should().Be(1);

        var update = await PutAsync($"{Api}/organizations/{organization.Id}", new { municipalityId = municipality.Id, name = "Новое имя", kind = "Ngo" });
        await ProblemAsync(update, HttpStatusCode.Conflict);
        var again = await Client.PostAsync($"{Api}/organizations/{organization.Id}/archive", null);
        await ProblemAsync(again, HttpStatusCode.Conflict);
    }
}
