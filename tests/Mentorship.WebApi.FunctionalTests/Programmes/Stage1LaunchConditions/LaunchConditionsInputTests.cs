using System.Net;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage1LaunchConditions;

/// <summary>Creating a programme and choosing its forms refuse bad input with the field.</summary>
public sealed class LaunchConditionsInputTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ СОШ № 7");

    [Test]
    public async Task Bad_input_is_refused_with_the_field()
    {
        AsCurator(_school);
        var noTitle = await PostAsync($"{Api}/programmes", new { organizationId = _school, startYear = "2024/2025" });
        (await ProblemAsync(noTitle, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("title");
        var programme = await Given.Programme(_school);
        var badForm = await PutAsync($"{Api}/programmes/{programme.Id}/forms", new { forms = new[] { "Nonsense" }, formats = Array.Empty<string>() });
        (await ProblemAsync(badForm, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("forms[0]");
        var early = await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates", new { personId = await Given.Person(_school, PersonCategory.Teacher) });
        await ProblemAsync(early, HttpStatusCode.Conflict);
        (await ProblemAsync(await Client.GetAsync($"{Api}/programmes?pageSize=500"), HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("pageSize");
    }
}
