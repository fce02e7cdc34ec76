using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;

namespace Mentorship.WebApi.FunctionalTests.Reporting;

/// <summary>Who sees a reporting request and its answers: its territory's coordinators and the organisations asked, each their own.</summary>
public sealed class ReportingScopeTests(DatabaseProvider provider) : ReportingScenario(provider)
{
    [Test]
    public async Task A_school_sees_only_its_own_requests_and_answer_and_another_municipalitys_coordinator_gets_404()
    {
        var sent = await SendAsync("HeadCounts");
        AsMunicipalCoordinator(OtherMunicipality);
        var theirs = await OkAsync<ReportingRequestDto>(await PostAsync($"{Api}/reporting-requests",
            new { year = Year, title = "Запрос Братска", deadline = "2024-10-20", sections = new[] { "Contests" } }), HttpStatusCode.Created);
        theirs.Organizations.Should().Be(1);

        (await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}/answers")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync(Answer(sent.Id, SchoolA))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Чужой" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OkAsync<PagedList<ReportingRequestDto>>(await Client.GetAsync($"{Api}/reporting-requests"))).Items.Select(r => r.Id).Should().Equal(theirs.Id);

        AsCurator(SchoolA);
        var mine = await OkAsync<PagedList<ReportingRequestDto>>(await Client.GetAsync($"{Api}/reporting-requests"));
        mine.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { sent.Id, Organizations = 1 }, o => o.ExcludingMissingMembers());
        var answers = await OkAsync<PagedList<ReportingResponseDto>>(await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}/answers"));
        answers.Items.Select(a => a.OrganizationId).Should().Equal(SchoolA);
        (await Client.GetAsync(Answer(sent.Id, SchoolB))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SaveDraftAsync(sent.Id, SchoolB, new { headCounts = HeadCounts() })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"{Api}/reporting-requests/{theirs.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PostAsync($"{Answer(sent.Id, SchoolA)}/return", new { comment = "Сам себе" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        AsCurator(University);
        (await OkAsync<PagedList<ReportingRequestDto>>(await Client.GetAsync($"{Api}/reporting-requests"))).TotalCount.Should().Be(0, "a university is not asked");

        AsRegionalCoordinator(Region);
        var all = await OkAsync<PagedList<ReportingRequestDto>>(await Client.GetAsync($"{Api}/reporting-requests"));
        all.Items.Select(r => r.Id).Should().BeEquivalentTo([sent.Id, theirs.Id]);
        var answersOfSent = await OkAsync<PagedList<ReportingResponseDto>>(await Client.GetAsync($"{Api}/reporting-requests/{sent.Id}/answers"));
        answersOfSent.Items.Select(a => a.OrganizationName).Should().Equal("Центр ДО", "Школа А", "Школа Б");
    }

    [Test]
    public async Task A_regional_coordinator_asks_the_whole_region_or_one_of_its_municipalities_and_nobody_else_can()
    {
        AsRegionalCoordinator(Region);
        var regionWide = await OkAsync<ReportingRequestDto>(await PostAsync($"{Api}/reporting-requests",
            new { year = Year, title = "Региональный запрос", deadline = "2024-11-01", sections = new[] { "Dissemination", "LearningDynamics" } }), HttpStatusCode.Created);
        regionWide.Should().BeEquivalentTo(new { RegionId = Region, MunicipalityId = (Guid?)null, Organizations = 4 }, o => o.ExcludingMissingMembers());
        var oneMunicipality = await OkAsync<ReportingRequestDto>(await PostAsync($"{Api}/reporting-requests",
            new { municipalityId = OtherMunicipality, year = Year, title = "Запрос Братску", deadline = "2024-11-01", sections = new[] { "AdditionalEducation" } }), HttpStatusCode.Created);
        oneMunicipality.Organizations.Should().Be(1);

        AsAdministrator();
        var otherRegion = (await Given.Region("24", "Красноярский край")).Id;
        AsRegionalCoordinator(otherRegion);
        (await PostAsync($"{Api}/reporting-requests", new { regionId = Region, year = Year, title = "Чужой регион", deadline = "2024-11-01", sections = new[] { "Retention" } }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"{Api}/reporting-requests/{regionWide.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        AsMunicipalCoordinator(Municipality);
        (await PostAsync($"{Api}/reporting-requests", new { municipalityId = OtherMunicipality, year = Year, title = "Соседям", deadline = "2024-11-01", sections = new[] { "Retention" } }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);

        AsCurator(OtherSchool);
        (await PostAsync($"{Api}/reporting-requests", new { year = Year, title = "Сама себе", deadline = "2024-11-01", sections = new[] { "Retention" } }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await OkAsync<PagedList<ReportingRequestDto>>(await Client.GetAsync($"{Api}/reporting-requests"))).Items.Select(r => r.Id)
            .Should().BeEquivalentTo([regionWide.Id, oneMunicipality.Id]);
    }
}
