using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>Every bad input gets the right problem details, and a rejected request writes nothing.</summary>
public sealed class BadInputTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Malformed_json_is_400_naming_the_body()
    {
        var (_, municipality) = await Given.Territory();

        var response = await Client.PostAsync($"{Api}/organizations", Raw($"{{\"municipalityId\": \"{municipality.Id}\", \"name\": \"Школа\""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("body");
        (await CountAsync<Organization>()).Should().Be(0);
    }

    [Test]
    public async Task Json_that_is_not_an_object_is_400()
    {
        var response = await Client.PostAsync($"{Api}/regions", Raw("[1, 2"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.Should().NotBeEmpty();
        (await CountAsync<Region>()).Should().Be(0);
    }

    [Test]
    public async Task An_unknown_enum_value_is_400_naming_the_field()
    {
        var (_, municipality) = await Given.Territory();

        var response = await PostAsync($"{Api}/organizations", new { municipalityId = municipality.Id, name = "Школа", kind = "Castle" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().Equal("kind");
        (await CountAsync<Organization>()).Should().Be(0);
    }

    [Test]
    public async Task An_enum_given_as_a_number_is_400()
    {
        var (_, municipality) = await Given.Territory();

        var response = await PostAsync($"{Api}/organizations", new { municipalityId = municipality.Id, name = "Школа", kind = 1 });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("kind");
    }

    [Test]
    public async Task Missing_fields_are_400_with_each_field_named()
    {
        var response = await PostAsync($"{Api}/organizations", new { shortName = "Школа" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().BeEquivalentTo("municipalityId", "name", "kind");
        problem.Title.Should().Be("Данные запроса не прошли проверку");
        problem.TraceId.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Validation_messages_are_in_english_on_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/regions") { Content = Raw("{\"code\": \"3\"}") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var problem = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);

        problem.Title.Should().Be("One or more validation errors occurred");
        problem.ErrorCodes!["code"].Should().Contain(ErrorCodes.Region.InvalidCode);
        problem.Errors!["name"].Single().Should().Contain("must not be empty");
    }

    [Test]
    public async Task A_too_long_string_is_400_naming_the_field()
    {
        var region = await Given.Region();

        var response = await PostAsync($"{Api}/municipalities", new { regionId = region.Id, name = new string('я', Municipality.NameMaxLength + 1), oktmo = "25701000" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("name");
        (await CountAsync<Municipality>()).Should().Be(0);
    }

    [Test]
    public async Task A_wrong_content_type_is_415()
    {
        var response = await Client.PostAsync($"{Api}/regions", new StringContent("code=38&name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        (await CountAsync<Region>()).Should().Be(0);
    }

    [Test]
    public async Task Paging_outside_its_bounds_is_400()
    {
        var response = await Client.GetAsync($"{Api}/organizations?page=0&pageSize=500");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().BeEquivalentTo("page", "pageSize");
    }

    [Test]
    public async Task A_page_whose_offset_overflows_is_400_naming_it()
    {
        var response = await Client.GetAsync($"{Api}/organizations?page=2147483647");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).ErrorCodes!["page"].Should().Equal(ErrorCodes.Validation.OutOfRange);
    }

    [Test]
    public async Task A_query_parameter_of_the_wrong_type_is_400_naming_it()
    {
        var response = await Client.GetAsync($"{Api}/organizations?page=abc");

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("page");
    }

    [Test]
    public async Task A_malformed_academic_year_is_400()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);

        var response = await PostAsync($"{Api}/organizations/{school.Id}/headcounts", new
        {
            academicYear = "2024/2026", pupilsTotal = 1, pupilsInAgeBand = 1, teachersTotal = 1, teachersUnder35 = 1, youngSpecialists = 1,
        });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("academicYear");
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");
}
