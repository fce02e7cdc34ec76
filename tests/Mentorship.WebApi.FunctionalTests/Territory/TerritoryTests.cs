using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;
using Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;
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
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Territory;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class TerritoryTests(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    [Test]
    public async Task A_region_municipality_and_organisation_are_created_and_read_back()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        var created = await CreateOrganizationAsync(municipality.Id, "МБОУ «Лицей № 1»", "GeneralEducationSchool", inn: "7707083893", isRural: true);

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

    [Test]
    public async Task An_update_with_the_current_etag_changes_the_record_and_bumps_the_version()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var organization = await CreateOrganizationAsync(municipality.Id);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/organizations/{organization.Id}")
        {
            Content = JsonContent(new { municipalityId = municipality.Id, name = "МАОУ «Гимназия № 3»", kind = "GeneralEducationSchool", isHardToReach = true, website = "https://school3.example.ru" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var updated = await ReadAsync<OrganizationDto>(response);
        updated.Name.Should().Be("МАОУ «Гимназия № 3»");
        updated.IsHardToReach.Should().BeTrue();
        updated.Website.Should().Be("https://school3.example.ru");
        updated.Version.Should().Be(2);
    }

    [Test]
    public async Task An_update_with_a_stale_etag_answers_412_and_changes_nothing()
    {
        var region = await CreateRegionAsync();
        var first = await PutAsync($"{Api}/regions/{region.Id}", new { code = "38", name = "Иркутская обл." });
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Api}/regions/{region.Id}")
        {
            Content = JsonContent(new { code = "38", name = "Перезапись" }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await Client.SendAsync(stale);

        await ProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var current = await ReadAsync<RegionDto>(await Client.GetAsync($"{Api}/regions/{region.Id}"));
        current.Name.Should().Be("Иркутская обл.");
        current.Version.Should().Be(2);
    }

    [Test]
    public async Task Lists_page_and_filter_by_region_municipality_kind_and_name()
    {
        var irkutsk = await CreateRegionAsync("38", "Иркутская область");
        var kuban = await CreateRegionAsync("23", "Краснодарский край");
        var angarsk = await CreateMunicipalityAsync(irkutsk.Id, "Ангарский городской округ");
        var bratsk = await CreateMunicipalityAsync(irkutsk.Id, "Братск");
        var armavir = await CreateMunicipalityAsync(kuban.Id, "Армавир");
        for (var i = 1; i <= 5; i++)
        {
            await CreateOrganizationAsync(angarsk.Id, $"Школа Ангарска {i}");
        }

        await CreateOrganizationAsync(bratsk.Id, "Центр «Ёлочка»", "AdditionalEducation");
        await CreateOrganizationAsync(armavir.Id, "Школа Армавира");

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
        var (_, municipality) = await CreateTerritoryAsync();
        var organization = await CreateOrganizationAsync(municipality.Id);

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

    [Test]
    public async Task The_latest_head_count_of_a_year_wins_and_earlier_reports_stay_as_history()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);
        var url = $"{Api}/organizations/{school.Id}/headcounts";

        (await PostAsync(url, HeadCount("2023/2024", 900))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync(url, HeadCount("2024/2025", 1000))).StatusCode.Should().Be(HttpStatusCode.Created);
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var correction = await PostAsync(url, HeadCount("2024/2025", 1037));
        correction.StatusCode.Should().Be(HttpStatusCode.Created);
        (await ReadAsync<HeadCountDto>(correction)).AcademicYear.ToString().Should().Be("2024/2025");

        var latest = await ReadAsync<PagedList<HeadCountDto>>(await Client.GetAsync(url));
        latest.Items.Select(h => (h.AcademicYear.ToString(), h.PupilsTotal)).Should().Equal(("2024/2025", 1037), ("2023/2024", 900));

        var history = await ReadAsync<PagedList<HeadCountDto>>(await Client.GetAsync($"{url}?academicYear=2024/2025&includeHistory=true"));
        history.Items.Select(h => h.PupilsTotal).Should().Equal(1037, 1000);
    }

    [Test]
    public async Task A_head_count_whose_parts_exceed_the_whole_is_refused_with_the_field()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        var school = await CreateOrganizationAsync(municipality.Id);

        var response = await PostAsync($"{Api}/organizations/{school.Id}/headcounts", new
        {
            academicYear = "2024/2025", pupilsTotal = 100, pupilsInAgeBand = 150, teachersTotal = 10, teachersUnder35 = 3, youngSpecialists = 11,
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().BeEquivalentTo("pupilsInAgeBand", "youngSpecialists");
        (await CountAsync<HeadCount>()).Should().Be(0);
    }

    [Test]
    public async Task Reference_data_is_in_russian_by_default_and_in_english_on_request()
    {
        var russian = await Client.GetStringAsync($"{Api}/reference/forms");
        russian.Should().Contain("Ученик – ученик").And.Contain("\"mentorCategories\":[\"Pupil\"]");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/reference/stages");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        english.Should().Contain("Selection and training of mentors");

        foreach (var path in new[] { "formats", "organization-kinds", "criteria", "person-categories" })
        {
            var response = await Client.GetAsync($"{Api}/reference/{path}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Test]
    public async Task Health_checks_report_live_and_ready()
    {
        (await Client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await Client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    private static object HeadCount(string year, int pupils) => new
    {
        academicYear = year,
        pupilsTotal = pupils,
        pupilsInAgeBand = pupils - 100,
        teachersTotal = 80,
        teachersUnder35 = 20,
        youngSpecialists = 6,
    };

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
}
