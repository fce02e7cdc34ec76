using System.Net;
using System.Text;
using Mentorship.Application.Territory.Regions.Queries.GetRegion;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// Input no operation accepts (a NUL or other control character, null inside a list) is a 400 naming the field,
/// never a 500 — PostgreSQL refuses NUL in text with error 22021 — and a refused request writes nothing.
/// </summary>
public sealed class MalformedInputTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [TestCase("\u0000")]
    [TestCase("\u001b")]
    [TestCase("\u007f")]
    public async Task A_control_character_in_json_text_is_400_naming_the_field_and_writes_nothing(string bad)
    {
        var (region, municipality) = await Given.Territory();

        var created = await Client.PostAsync($"{Api}/organizations", Body($"{{\"municipalityId\":\"{municipality.Id}\",\"name\":\"Школа{Escape(bad)}\",\"kind\":\"GeneralEducationSchool\"}}"));
        var renamed = await Client.PutAsync($"{Api}/regions/{region.Id}", Body($"{{\"code\":\"38\",\"name\":\"Иркутская{Escape(bad)}\"}}"));

        var createdProblem = await ProblemAsync(created, HttpStatusCode.BadRequest);
        createdProblem.Errors!.Keys.Should().Equal("name");
        createdProblem.ErrorCodes!["name"].Should().Equal(ErrorCodes.Validation.ControlCharacter);
        (await ProblemAsync(renamed, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("name");
        (await CountAsync<Organization>()).Should().Be(0);
        (await ReadAsync<RegionDto>(await Client.GetAsync($"{Api}/regions/{region.Id}"))).Name.Should().Be(region.Name);
    }

    [Test]
    public async Task Line_breaks_and_tabs_stay_allowed_in_text()
    {
        var (_, municipality) = await Given.Territory();

        var response = await PostAsync($"{Api}/organizations", new { municipalityId = municipality.Id, name = "Школа\t№ 1", kind = "GeneralEducationSchool", address = "г. Иркутск,\r\nул. Ленина, 1" });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_control_character_in_a_query_value_is_400_naming_the_parameter()
    {
        var organizations = await Client.GetAsync($"{Api}/organizations?search=%D1%88%00");
        var people = await Client.GetAsync($"{Api}/people?Search=a%01b");

        var organizationsProblem = await ProblemAsync(organizations, HttpStatusCode.BadRequest);
        organizationsProblem.Errors!.Keys.Should().Equal("search");
        organizationsProblem.ErrorCodes!["search"].Should().Equal(ErrorCodes.Validation.ControlCharacter);
        (await ProblemAsync(people, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("Search");
    }

    [Test]
    public async Task A_control_character_in_a_route_value_is_400_naming_the_parameter()
    {
        // A NUL in the path itself Kestrel refuses before routing; the other control characters reach the route.
        var response = await Client.GetAsync($"{Api}/exports/coverage%01?format=csv");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("dataset");
    }

    [Test]
    public async Task Null_inside_a_list_is_400_naming_the_element_and_writes_nothing()
    {
        var (region, _) = await Given.Territory();

        var response = await Client.PutAsync($"{Api}/monitoring/targets", Body($"{{\"regionId\":\"{region.Id}\",\"targets\":[null]}}"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("targets[0]");
        problem.ErrorCodes!["targets[0]"].Should().Equal(ErrorCodes.Validation.NullElement);
        (await CountAsync<IndicatorTarget>()).Should().Be(0);
    }

    [Test]
    public async Task Null_inside_a_nested_list_or_as_a_list_element_of_questions_is_400_naming_it()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        var programme = await Given.Programme(school.Id);

        var nullQuestion = await Client.PostAsync($"{Api}/surveys", Body(
            $"{{\"programmeId\":\"{programme.Id}\",\"title\":\"Анкета\",\"role\":\"Curator\",\"point\":\"Final\",\"questions\":[null]}}"));
        var nullOption = await Client.PostAsync($"{Api}/surveys", Body(
            $"{{\"programmeId\":\"{programme.Id}\",\"title\":\"Анкета\",\"role\":\"Curator\",\"point\":\"Final\",\"questions\":[{{\"kind\":\"Choice\",\"text\":\"Что?\",\"options\":[\"да\",null]}}]}}"));

        (await ProblemAsync(nullQuestion, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("questions[0]");
        (await ProblemAsync(nullOption, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("questions[0].options[1]");
        (await CountAsync<SurveyTemplate>()).Should().Be(0);
    }

    [Test]
    public async Task A_body_in_a_charset_that_no_encoding_answers_to_is_415_and_writes_nothing()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"code\":\"38\",\"name\":\"Иркутская область\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");

        var response = await Client.PostAsync($"{Api}/regions", content);

        (await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType)).Code.Should().Be(ErrorCodes.Common.UnsupportedMediaType);
        (await CountAsync<Region>()).Should().Be(0);
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Escape(string text) => string.Concat(text.Select(c => $"\\u{(int)c:x4}"));
}
