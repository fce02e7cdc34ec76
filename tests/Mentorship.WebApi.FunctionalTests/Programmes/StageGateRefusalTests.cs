using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Programmes;

/// <summary>The domain's refusals of the stage use cases reach the client as a code, with text in the caller's language.</summary>
public sealed class StageGateRefusalTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool()
    {
        var (_, municipality) = await Given.Territory();
        _school = (await Given.Organization(municipality.Id, "МБОУ СОШ № 7")).Id;
    }

    [Test]
    public async Task Advance_past_an_unmet_gate_answers_409_with_the_code_and_the_checklist_in_russian_by_default()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);

        var response = await Client.PostAsync($"{Api}/programmes/{programme.Id}/stage/advance", null);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        problem.Code.Should().Be(ErrorCodes.Stage.GateNotMet);
        problem.Detail.Should().Be("Этап 1 не завершён: не выполнены условия перехода.");
        var checklist = await ChecklistAsync(response);
        checklist.Should().HaveCount(6).And.OnlyContain(i => !i.Met);
        checklist[0].Should().Be(("form", "Выбрана форма наставничества", false, "Выберите хотя бы одну форму наставничества."));
    }

    [Test]
    public async Task Advance_past_an_unmet_gate_answers_in_english_when_asked()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        await Given.LaunchConditionsMet(programme.Id, "PupilPupil");
        await Client.AdvanceAsync(programme.Id);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programme.Id}/stage/advance");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var response = await Client.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        problem.Code.Should().Be(ErrorCodes.Stage.GateNotMet);
        problem.Detail.Should().Be("Stage 2 is not complete: its gate does not hold.");
        (await ChecklistAsync(response)).Should().Equal(
            ("trainedAcceptedMentor", "An accepted candidate completed training", false, "Accept at least one candidate and record a completed training."));
    }

    [Test]
    public async Task Refusals_of_the_banks_carry_their_codes()
    {
        var person = await Given.Person(_school, PersonCategory.Teacher);
        AsCurator(_school);
        var programme = await Given.Programme(_school);

        var early = await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates", new { personId = person });
        var notReached = await ProblemAsync(early, HttpStatusCode.Conflict);
        notReached.Code.Should().Be(ErrorCodes.Stage.NotReached);
        notReached.ErrorCodes!["stage"].Should().Equal(ErrorCodes.Stage.NotReached);
        notReached.Detail.Should().Be("Программа на этапе 1; это делается начиная с этапа 2.");

        await Given.LaunchConditionsMet(programme.Id, "TeacherTeacher");
        await Client.AdvanceAsync(programme.Id);
        await Given.AcceptedMentor(programme.Id, person);
        var twice = await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates", new { personId = person });
        (await ProblemAsync(twice, HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Candidate.Duplicate);

        var nobody = await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates", new { personId = Guid.CreateVersion7() });
        (await ProblemAsync(nobody, HttpStatusCode.BadRequest)).ErrorCodes!["personId"].Should().Equal(ErrorCodes.Common.NotFound);

        var last = await Client.PostAsync($"{Api}/programmes/{programme.Id}/close", null);
        (await ProblemAsync(last, HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.Stage.NotReached);
    }

    private static async Task<List<(string Code, string Title, bool Met, string? Missing)>> ChecklistAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checklist").EnumerateArray()
            .Select(i => (i.GetProperty("code").GetString()!, i.GetProperty("title").GetString()!, i.GetProperty("met").GetBoolean(),
                i.GetProperty("missing").ValueKind == JsonValueKind.Null ? null : i.GetProperty("missing").GetString()))
            .ToList();
    }
}
