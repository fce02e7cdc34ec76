using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Territory.Organizations;
using Mentorship.Application.Territory.Organizations.Commands.ArchiveOrganization;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;
using Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganization;
using Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>Object-level authorisation: what lies outside the caller's region, municipality or organisation is not found.</summary>
public sealed class TerritoryScopeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _irkutsk;
    private Guid _kuban;
    private Guid _angarsk;
    private Guid _bratsk;
    private Guid _armavir;
    private OrganizationDto _angarskSchool = null!;
    private OrganizationDto _bratskSchool = null!;
    private OrganizationDto _armavirSchool = null!;

    [SetUp]
    public async Task CreateTwoRegions()
    {
        _irkutsk = (await Given.Region("38", "Иркутская область")).Id;
        _kuban = (await Given.Region("23", "Краснодарский край")).Id;
        _angarsk = (await Given.Municipality(_irkutsk, "Ангарск")).Id;
        _bratsk = (await Given.Municipality(_irkutsk, "Братск")).Id;
        _armavir = (await Given.Municipality(_kuban, "Армавир")).Id;
        _angarskSchool = await Given.Organization(_angarsk, "Школа Ангарска");
        _bratskSchool = await Given.Organization(_bratsk, "Школа Братска");
        _armavirSchool = await Given.Organization(_armavir, "Школа Армавира");
        await PostAsync($"{Api}/organizations/{_armavirSchool.Id}/headcounts", new { academicYear = "2024/2025", pupilsTotal = 10, pupilsInAgeBand = 9, teachersTotal = 2, teachersUnder35 = 1, youngSpecialists = 0 });
    }

    [Test]
    public async Task A_regional_coordinator_sees_and_changes_only_the_own_region()
    {
        AsRegionalCoordinator(_irkutsk);

        var list = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations"));
        list.Items.Select(o => o.Name).Should().BeEquivalentTo("Школа Ангарска", "Школа Братска");

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_armavirSchool.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/organizations/{_armavirSchool.Id}", new { municipalityId = _armavir, name = "Захват", kind = "Ngo" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_armavirSchool.Id}/headcounts"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/municipalities/{_armavir}", new { name = "Захват", oktmo = "03705000" }), HttpStatusCode.NotFound);

        var foreignMunicipality = await PostAsync($"{Api}/municipalities", new { regionId = _kuban, name = "Новый", oktmo = "03999000" });
        (await ProblemAsync(foreignMunicipality, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("regionId");
        var foreignOrganization = await PostAsync($"{Api}/organizations", new { municipalityId = _armavir, name = "Новая", kind = "Ngo" });
        (await ProblemAsync(foreignOrganization, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("municipalityId");

        (await PostAsync($"{Api}/organizations", new { municipalityId = _bratsk, name = "Своя новая", kind = "Ngo" })).StatusCode.Should().Be(HttpStatusCode.Created);

        AsAdministrator();
        (await ReadAsync<OrganizationDto>(await Client.GetAsync($"{Api}/organizations/{_armavirSchool.Id}"))).Name.Should().Be("Школа Армавира");
        (await CountAsync<Organization>()).Should().Be(4);
    }

    [Test]
    public async Task A_municipal_coordinator_sees_only_the_own_municipality()
    {
        AsMunicipalCoordinator(_angarsk);

        var list = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations"));
        list.Items.Select(o => o.Name).Should().Equal("Школа Ангарска");
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_bratskSchool.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.PostAsync($"{Api}/organizations/{_bratskSchool.Id}/archive", null), HttpStatusCode.NotFound);

        var moved = await PutAsync($"{Api}/organizations/{_angarskSchool.Id}", new { municipalityId = _bratsk, name = _angarskSchool.Name, kind = "GeneralEducationSchool" });
        (await ProblemAsync(moved, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("municipalityId");
    }

    [Test]
    public async Task A_curator_sees_only_the_own_organisation()
    {
        AsCurator(_angarskSchool.Id);

        (await Client.GetAsync($"{Api}/organizations/{_angarskSchool.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_bratskSchool.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_armavirSchool.Id}/headcounts"), HttpStatusCode.NotFound);
        var report = await PostAsync($"{Api}/organizations/{_bratskSchool.Id}/headcounts", new { academicYear = "2024/2025", pupilsTotal = 1, pupilsInAgeBand = 1, teachersTotal = 1, teachersUnder35 = 1, youngSpecialists = 0 });
        await ProblemAsync(report, HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/organizations/{_angarskSchool.Id}", new { municipalityId = _angarsk, name = "Переименование", kind = "Ngo" }), HttpStatusCode.Forbidden);

        (await CountAsync<HeadCount>()).Should().Be(1);
    }

    [Test]
    public async Task An_organisation_administrator_updates_the_own_organisation_only()
    {
        AsOrganizationAdministrator(_angarskSchool.Id);

        var own = await PutAsync($"{Api}/organizations/{_angarskSchool.Id}", new { municipalityId = _angarsk, name = "Лицей Ангарска", kind = "GeneralEducationSchool" });
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        await ProblemAsync(await PutAsync($"{Api}/organizations/{_bratskSchool.Id}", new { municipalityId = _bratsk, name = "Чужая", kind = "Ngo" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.PostAsync($"{Api}/organizations/{_angarskSchool.Id}/archive", null), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_mentor_sees_no_organisation_records()
    {
        AsMentor(Guid.NewGuid());

        var list = await ReadAsync<PagedList<OrganizationDto>>(await Client.GetAsync($"{Api}/organizations"));

        list.TotalCount.Should().Be(0);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_angarskSchool.Id}"), HttpStatusCode.NotFound);
    }

    /// <summary>Each administrative endpoint, and the roles that may call it; every other role gets 403.</summary>
    private static IEnumerable<TestCaseData> AdministrativeEndpoints()
    {
        yield return new TestCaseData("POST", "regions", new[] { Roles.Administrator }).SetName("POST regions");
        yield return new TestCaseData("PUT", "regions/{region}", new[] { Roles.Administrator }).SetName("PUT region");
        yield return new TestCaseData("POST", "municipalities", new[] { Roles.Administrator, Roles.RegionalCoordinator }).SetName("POST municipalities");
        yield return new TestCaseData("PUT", "municipalities/{municipality}", new[] { Roles.Administrator, Roles.RegionalCoordinator }).SetName("PUT municipality");
        yield return new TestCaseData("POST", "organizations", new[] { Roles.Administrator, Roles.RegionalCoordinator, Roles.MunicipalCoordinator }).SetName("POST organizations");
        yield return new TestCaseData("PUT", "organizations/{organization}", new[] { Roles.Administrator, Roles.RegionalCoordinator, Roles.MunicipalCoordinator, Roles.OrganizationAdministrator }).SetName("PUT organization");
        yield return new TestCaseData("POST", "organizations/{organization}/archive", new[] { Roles.Administrator, Roles.RegionalCoordinator, Roles.MunicipalCoordinator }).SetName("POST organization archive");
        yield return new TestCaseData("GET", "api-keys", new[] { Roles.Administrator }).SetName("GET api-keys");
        yield return new TestCaseData("POST", "api-keys", new[] { Roles.Administrator }).SetName("POST api-keys");
        yield return new TestCaseData("POST", "api-keys/{organization}/revoke", new[] { Roles.Administrator }).SetName("POST api-key revoke");
        yield return new TestCaseData("GET", "audit", new[] { Roles.Administrator }).SetName("GET audit");
    }

    [TestCaseSource(nameof(AdministrativeEndpoints))]
    public async Task Every_other_role_is_refused(string method, string path, string[] allowed)
    {
        var url = $"{Api}/" + path.Replace("{region}", _irkutsk.ToString()).Replace("{municipality}", _angarsk.ToString()).Replace("{organization}", _angarskSchool.Id.ToString());
        object body = path.Split('/')[0] switch
        {
            "regions" => new { code = "99", name = "X" },
            "municipalities" when method == "POST" => new { regionId = _irkutsk, name = "X", oktmo = "25999000" },
            "municipalities" => new { name = "X", oktmo = "25999000" },
            "api-keys" => new { name = "X", clientId = "x", organizationIds = new[] { _angarskSchool.Id } },
            _ => new { municipalityId = _angarsk, name = "X", kind = "Ngo" },
        };
        foreach (var role in Roles.All.Except(allowed))
        {
            As(role, (Mentorship.WebApi.Infrastructure.MentorshipClaims.RegionId, _irkutsk.ToString()), (Mentorship.WebApi.Infrastructure.MentorshipClaims.MunicipalityId, _angarsk.ToString()), (Mentorship.WebApi.Infrastructure.MentorshipClaims.OrganizationId, _angarskSchool.Id.ToString()));
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" || path.EndsWith("archive", StringComparison.Ordinal) || path.EndsWith("revoke", StringComparison.Ordinal) ? null : System.Net.Http.Json.JsonContent.Create(body) };

            var response = await Client.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{role} must not {method} {path}");
        }

        AsAdministrator();
        (await CountAsync<Region>()).Should().Be(2);
        (await CountAsync<Municipality>()).Should().Be(3);
        (await CountAsync<Organization>()).Should().Be(3);
    }
}
