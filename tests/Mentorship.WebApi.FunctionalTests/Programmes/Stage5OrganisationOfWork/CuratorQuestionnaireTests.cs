using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>The curator answers the curator questionnaire; participants keep to their own.</summary>
public sealed class CuratorQuestionnaireTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task The_curator_answers_the_curator_questionnaire_and_participants_keep_to_their_own()
    {
        var menteePerson = await Given.Person(_school, PersonCategory.Pupil, "Жукова");
        var curatorPerson = await Given.Person(_school, PersonCategory.Teacher, "Куратова");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await Given.ConfirmedPair(programmeId, "PupilPupil", mentorPerson, menteePerson);
        var template = await OkAsync<SurveyTemplateDto>(await PostAsync($"{Api}/surveys", new
        {
            programmeId, title = "Анкета куратора", role = "Curator", point = "Final",
            questions = new[] { new { kind = "Scale1To10", text = "Насколько программа достигла целей?", isRequired = true } },
        }), HttpStatusCode.Created);
        template = await OkAsync<SurveyTemplateDto>(await Client.PostAsync($"{Api}/surveys/{template.Id}/publish", null));
        var answers = new { programmeId, answers = new[] { new { questionId = template.Questions[0].Id, scale = 8 } } };

        await ProblemAsync(await PostAsync($"{Api}/surveys/{template.Id}/responses", answers), HttpStatusCode.Conflict);
        await OkAsync<Mentorship.Application.Programmes.Queries.GetProgramme.ProgrammeDto>(await PutAsync($"{Api}/programmes/{programmeId}/curator", new { personId = curatorPerson, position = "Заместитель директора" }));
        var response = await OkAsync<SurveyResponseDto>(await PostAsync($"{Api}/surveys/{template.Id}/responses", answers), HttpStatusCode.Created);
        response.Should().BeEquivalentTo(new { RespondentPersonId = curatorPerson, GroupId = (Guid?)null }, o => o.ExcludingMissingMembers());
        var outOfScale = await PostAsync($"{Api}/surveys/{template.Id}/responses", new { programmeId, answers = new[] { new { questionId = template.Questions[0].Id, scale = 11 } } });
        (await ProblemAsync(outOfScale, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("answers[0].scale");

        AsMentee(menteePerson);
        await ProblemAsync(await PostAsync($"{Api}/surveys/{template.Id}/responses", answers), HttpStatusCode.Forbidden);
        await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{programmeId}/mentors"), HttpStatusCode.Forbidden);
        (await OkAsync<GroupDto>(await Client.GetAsync($"{Api}/groups/{pair.Id}"))).Members.Should().Contain(m => m.PersonId == mentorPerson && m.Name.StartsWith("Наставник", StringComparison.Ordinal));
        (await OkAsync<PagedList<GroupDto>>(await Client.GetAsync($"{Api}/programmes/{programmeId}/groups"))).TotalCount.Should().Be(1);

        AsCurator(_school);
        var hours = await OkAsync<PagedList<MeetingHoursDto>>(await Client.GetAsync($"{Api}/programmes/{programmeId}/meeting-hours"));
        hours.Items.Should().ContainSingle().Which.Should().Be(new MeetingHoursDto(pair.Id, 0, 0, 0m));
        var stale = new HttpRequestMessage(HttpMethod.Put, $"{Api}/programmes/{programmeId}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { title = "Новое название", startYear = "2024/2025" }, options: Json),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        await ProblemAsync(await Client.SendAsync(stale), HttpStatusCode.PreconditionFailed);
    }
}
