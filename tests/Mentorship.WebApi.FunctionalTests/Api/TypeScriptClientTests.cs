using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Mentorship.WebApi.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// A consumer built only from the contract: the TypeScript client generated from api-spec/openapi.json, compiled with
/// tsc --strict and free of casts, walks a programme through the six stages against the real API (a process of its
/// own on the test's database) and pulls an export (tests/Mentorship.ClientTests/src/walk.ts).
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class TypeScriptClientTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task The_generated_client_walks_a_programme_through_six_stages_and_pulls_an_export()
    {
        ClientPackage.RequireNode();
        var build = ClientPackage.BuildAsync();
        var (region, municipality) = await Given.Territory();
        var school = (await Given.Organization(municipality.Id, "МБОУ СОШ № 12")).Id;
        var curator = await Given.Person(school, PersonCategory.Teacher, "Кураторова");
        var mentor = await Given.Person(school, PersonCategory.Teacher, "Наставников");
        var mentee = await Given.Person(school, PersonCategory.Teacher, "Молодой");
        await using var api = await ApiProcess.StartAsync(ApiProcessSettings.On(Factory.Database));
        await build;

        // The API process runs on the real clock, so the tokens do too.
        await ClientPackage.ExpectPassesAsync("dist/src/walk.js", "WALK PASSED", new Dictionary<string, string>
        {
            ["MENTORSHIP_API_URL"] = api.Client.BaseAddress!.ToString().TrimEnd('/'),
            ["MENTORSHIP_CURATOR_TOKEN"] = TestTokens.Issue(Roles.Curator, [(MentorshipClaims.OrganizationId, school.ToString())], DateTimeOffset.UtcNow),
            ["MENTORSHIP_ANALYST_TOKEN"] = TestTokens.Issue(Roles.Analyst, [(MentorshipClaims.RegionId, region.Id.ToString())], DateTimeOffset.UtcNow),
            ["MENTORSHIP_ORGANIZATION_ID"] = school.ToString(),
            ["MENTORSHIP_REGION_ID"] = region.Id.ToString(),
            ["MENTORSHIP_CURATOR_PERSON_ID"] = curator.ToString(),
            ["MENTORSHIP_MENTOR_PERSON_ID"] = mentor.ToString(),
            ["MENTORSHIP_MENTEE_PERSON_ID"] = mentee.ToString(),
        });
    }
}
