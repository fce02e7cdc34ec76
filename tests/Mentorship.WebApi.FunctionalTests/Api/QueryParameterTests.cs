using System.Text.Json.Nodes;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>The contract names query parameters in camelCase; the API binds them under those names.</summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class QueryParameterTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Query_parameters_bind_under_the_camelCase_names_the_contract_gives_them()
    {
        var (_, municipality) = await Given.Territory();
        await Given.Organization(municipality.Id, "МБОУ СОШ № 1");
        await Given.Organization(municipality.Id, "МБОУ СОШ № 2");
        await Given.Organization(municipality.Id, "Гимназия № 3");

        AsAnonymous();
        var contract = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        AsAdministrator();
        var names = contract["paths"]!["/api/v1/organizations"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        names.Should().Contain(["municipalityId", "search", "page", "pageSize"]);

        var page = await OkAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations?municipalityId={municipality.Id}&search=СОШ&pageSize=1&page=2"));

        page.Page.Should().Be(2);
        page.PageSize.Should().Be(1);
        page.TotalCount.Should().Be(2, "search and municipalityId filter the list");
        page.Items.Should().ContainSingle();
    }
}
