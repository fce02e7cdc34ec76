using System.Net;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage3MentorBank;

/// <summary>Only trained mentors enter a programme's mentor bank, unless the curator records the reason of an exception.</summary>
public sealed class TrainedMentorsOnlyTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task An_untrained_candidate_enters_the_bank_only_with_the_reason_of_an_exception()
    {
        var school = await Given.School("МБОУ СОШ № 8");
        AsCurator(school);
        var programme = await Given.Programme(school);
        await Given.LaunchConditionsMet(programme.Id, "TeacherPupil");
        await Client.AdvanceAsync(programme.Id);
        var trained = await Given.AcceptedMentor(programme.Id, await Given.Person(school, PersonCategory.Teacher, "Обученная"));
        var untrained = await Given.AcceptedMentor(programme.Id, await Given.Person(school, PersonCategory.Teacher, "Необученная"), trained: false);
        await Client.AdvanceAsync(programme.Id);
        var url = $"{Api}/programmes/{programme.Id}/mentors";

        var refused = await ProblemAsync(await PostAsync(url, new { candidateId = untrained.Id, capacity = 2, source = "Teacher" }), HttpStatusCode.BadRequest);
        refused.ErrorCodes!["trainingExceptionReason"].Should().Equal(ErrorCodes.MentorBank.TrainingRequired);
        (await ProblemAsync(await PostAsync(url, new { candidateId = untrained.Id, capacity = 2, source = "Teacher", trainingExceptionReason = "" }), HttpStatusCode.BadRequest))
            .ErrorCodes!["trainingExceptionReason"].Should().Equal(ErrorCodes.MentorBank.TrainingRequired);

        var excepted = await OkAsync<MentorDto>(await PostAsync(url, new
        {
            candidateId = untrained.Id, capacity = 2, source = "Teacher", trainingExceptionReason = "Курс «Школа наставника» начнётся в ноябре; наставник с 20-летним стажем",
        }), HttpStatusCode.Created);
        excepted.TrainingExceptionReason.Should().StartWith("Курс «Школа наставника»");
        (await Given.MentorInBank(programme.Id, trained.Id, 2)).TrainingExceptionReason.Should().BeNull();
    }
}
