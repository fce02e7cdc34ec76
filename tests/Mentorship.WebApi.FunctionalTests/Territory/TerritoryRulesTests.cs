using System.Net;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Territory;

/// <summary>Codes are well-formed and unique, and references point at what exists.</summary>
public sealed class TerritoryRulesTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task A_malformed_oktmo_or_inn_is_400()
    {
        var region = await Given.Region();
        var badOktmo = await PostAsync($"{Api}/municipalities", new { regionId = region.Id, name = "Ангарск", oktmo = "2570A000" });
        (await ProblemAsync(badOktmo, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("oktmo");

        var municipality = await Given.Municipality(region.Id);
        var badInn = await PostAsync($"{Api}/organizations", new { municipalityId = municipality.Id, name = "Школа", kind = "Ngo", inn = "7707083894" });
        (await ProblemAsync(badInn, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("inn");
    }

    [Test]
    public async Task A_duplicate_oktmo_is_409_and_writes_nothing()
    {
        var region = await Given.Region();
        await Given.Municipality(region.Id, "Ангарский городской округ", "25703000");

        var response = await PostAsync($"{Api}/municipalities", new { regionId = region.Id, name = "Другой", oktmo = "25703000" });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        problem.Errors.Should().ContainKey("oktmo");
        (await CountAsync<Municipality>()).Should().Be(1);
    }

    [Test]
    public async Task A_duplicate_inn_is_409_on_create_and_on_update()
    {
        var (_, municipality) = await Given.Territory();
        await Given.Organization(municipality.Id, inn: "7707083893");
        var other = await Given.Organization(municipality.Id, inn: "500100732259", kind: "IndividualEntrepreneur");

        var create = await PostAsync($"{Api}/organizations", new { municipalityId = municipality.Id, name = "Двойник", kind = "Employer", inn = "7707083893" });
        (await ProblemAsync(create, HttpStatusCode.Conflict)).Errors.Should().ContainKey("inn");

        var update = await PutAsync($"{Api}/organizations/{other.Id}", new { municipalityId = municipality.Id, name = other.Name, kind = "Employer", inn = "7707083893" });
        await ProblemAsync(update, HttpStatusCode.Conflict);
        (await CountAsync<Organization>()).Should().Be(2);
    }

    [Test]
    public async Task A_duplicate_region_code_is_409()
    {
        await Given.Region("38");

        var response = await PostAsync($"{Api}/regions", new { code = "38", name = "Ещё одна" });

        (await ProblemAsync(response, HttpStatusCode.Conflict)).Errors.Should().ContainKey("code");
    }

    [Test]
    public async Task Unknown_ids_are_404()
    {
        var unknown = Guid.NewGuid();

        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{unknown}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/regions/{unknown}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/municipalities/{unknown}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{unknown}/headcounts"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/regions/{unknown}", new { code = "38", name = "X" }), HttpStatusCode.NotFound);
        (await ProblemAsync(await Client.GetAsync($"{Api}/no-such-resource"), HttpStatusCode.NotFound)).Title.Should().Be("Не найдено");
    }

    [Test]
    public async Task A_reference_to_an_unknown_parent_is_400_naming_the_field()
    {
        var response = await PostAsync($"{Api}/organizations", new { municipalityId = Guid.NewGuid(), name = "Школа", kind = "Ngo" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("municipalityId");
        (await CountAsync<Organization>()).Should().Be(0);
    }
}
