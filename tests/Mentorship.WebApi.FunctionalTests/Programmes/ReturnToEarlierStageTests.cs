using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgrammeHistory;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Programmes;

/// <summary>Going back to an earlier stage takes a reason and stays in the history.</summary>
public sealed class ReturnToEarlierStageTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ СОШ № 7");

    [Test]
    public async Task Going_back_takes_a_reason_and_every_move_is_kept_in_the_history()
    {
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        await Given.LaunchConditionsMet(programme.Id, "PupilPupil");
        await Client.AdvanceAsync(programme.Id);

        var noReason = await PostAsync($"{Api}/programmes/{programme.Id}/stage/return", new { stage = "LaunchConditions" });
        (await ProblemAsync(noReason, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("reason");
        var forward = await PostAsync($"{Api}/programmes/{programme.Id}/stage/return", new { stage = "MenteeBank", reason = "Ошибка" });
        await ProblemAsync(forward, HttpStatusCode.Conflict);

        var back = await OkAsync<ProgrammeStageDto>(await PostAsync($"{Api}/programmes/{programme.Id}/stage/return", new { stage = "LaunchConditions", reason = "Не утверждено положение" }));
        back.Stage.Should().Be(ProgrammeStage.LaunchConditions);

        var history = await OkAsync<PagedList<StageTransitionDto>>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/history"));
        history.Items.Select(t => (t.From, t.To, t.Reason, t.IsReturn)).Should().Equal(
            (ProgrammeStage.LaunchConditions, ProgrammeStage.MentorSelection, (string?)null, false),
            (ProgrammeStage.MentorSelection, ProgrammeStage.LaunchConditions, "Не утверждено положение", true));
    }
}
