using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgrammes;

namespace Mentorship.WebApi.FunctionalTests.Programmes;

/// <summary>A curator sees only the own organisation's programmes.</summary>
public sealed class ProgrammeScopeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ СОШ № 7");

    [Test]
    public async Task Programmes_of_another_organisation_are_not_found()
    {
        var (_, municipality) = await CreateTerritoryAsync2();
        var other = (await Given.Organization(municipality, "Чужая школа")).Id;
        AsCurator(other);
        var foreign = await Given.Programme(other);

        AsCurator(_school);
        await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{foreign.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{foreign.Id}/stage"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{foreign.Id}/stage/advance", null), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{foreign.Id}/mentees"), HttpStatusCode.NotFound);
        var create = await PostAsync($"{Api}/programmes", new { organizationId = other, title = "Захват", startYear = "2024/2025" });
        (await ProblemAsync(create, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("organizationId");
        (await OkAsync<PagedList<ProgrammeSummaryDto>>(await Client.GetAsync($"{Api}/programmes"))).TotalCount.Should().Be(0);
    }

    private async Task<(Guid Region, Guid Municipality)> CreateTerritoryAsync2()
    {
        var region = await Given.Region("23", "Краснодарский край");
        var municipality = await Given.Municipality(region.Id, "Армавир");
        return (region.Id, municipality.Id);
    }
}
