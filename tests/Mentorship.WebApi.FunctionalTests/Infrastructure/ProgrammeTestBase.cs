using System.Net;
using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Commands.AdvanceProgrammeStage;
using Mentorship.Application.Programmes.Commands.CloseProgramme;
using Mentorship.Application.Programmes.Commands.CreateProgramme;
using Mentorship.Application.Programmes.Commands.ReturnProgrammeStage;
using Mentorship.Application.Programmes.Commands.UpdateProgramme;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Queries.GetProgrammeHistory;
using Mentorship.Application.Programmes.Queries.GetProgrammeStage;
using Mentorship.Application.Programmes.Queries.GetProgrammes;
using Mentorship.Application.Programmes.Stage2MentorSelection;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.AddMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.CompleteMentorTraining;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.DecideMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Commands.ScoreMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidates;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;
using Mentorship.Application.Programmes.Stage4MenteeBank;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddInformingRecord;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.RemoveMenteeRequest;
using Mentorship.Application.Programmes.Stage4MenteeBank.Commands.UpdateMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentees;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddGoal;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddMeeting;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddNote;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.EndGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.PublishSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.RematchMentee;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SetGoalStatus;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroups;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetProgrammeMeetingHours;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplates;
using Mentorship.Domain.People;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Helpers that make programme set-up read like the curator's work, stage by stage.</summary>
public abstract class ProgrammeTestBase(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    private int _people;

    /// <summary>
    /// Seeds a person (with an active consent unless told otherwise) straight into the database: the people API is
    /// built elsewhere.
    /// </summary>
    protected async Task<Guid> SeedPersonAsync(Guid organizationId, PersonCategory category, string? lastName = null, bool consent = true, bool specialNeeds = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var n = Interlocked.Increment(ref _people);
        var person = new Person(organizationId, new PersonName(lastName ?? $"Иванов{n}", $"Имя{n}"), category, category == PersonCategory.Pupil ? 8 : null);
        person.SetSpecialNeeds(specialNeeds);
        if (consent)
        {
            person.GiveConsent(category == PersonCategory.Pupil ? ConsentGiver.LegalRepresentative : ConsentGiver.Self,
                category == PersonCategory.Pupil ? "Родитель Иванова" : null, "Участие в программе наставничества", Factory.Clock.GetUtcNow().AddDays(-30), $"№ {n}");
        }

        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    protected static async Task<T> OkAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return await ReadAsync<T>(response);
    }

    protected async Task<ProgrammeDto> CreateProgrammeAsync(Guid organizationId, string title = "Программа наставничества «Вместе к успеху»") =>
        await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes", new { organizationId, title, startYear = "2024/2025" }), HttpStatusCode.Created);

    protected async Task<ProgrammeStageDto> StageAsync(Guid programmeId) =>
        await OkAsync<ProgrammeStageDto>(await Client.GetAsync($"{Api}/programmes/{programmeId}/stage"));

    protected async Task<ProgrammeStageDto> AdvanceAsync(Guid programmeId) =>
        await OkAsync<ProgrammeStageDto>(await Client.PostAsync($"{Api}/programmes/{programmeId}/stage/advance", null));

    /// <summary>The gate refuses: 409 with the checklist naming what is missing.</summary>
    protected async Task AdvanceIsRefusedAsync(Guid programmeId, params string[] missing)
    {
        var response = await Client.PostAsync($"{Api}/programmes/{programmeId}/stage/advance", null);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Conflict, body);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var unmet = json.RootElement.GetProperty("checklist").EnumerateArray().Where(i => !i.GetProperty("met").GetBoolean())
            .Select(i => i.GetProperty("code").GetString()).ToList();
        unmet.Should().BeEquivalentTo(missing);
    }

    /// <summary>Stage 1: forms and formats, curator, a task and the normative documents.</summary>
    protected async Task MeetLaunchConditionsAsync(Guid programmeId, string form, Guid? curatorPersonId = null)
    {
        await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programmeId}/forms", new { forms = new[] { form }, formats = new[] { "OneToOne", "Group" } }));
        await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programmeId}/curator", new { personId = curatorPersonId, fullName = curatorPersonId is null ? "Петрова Анна Ивановна" : null, position = "Заместитель директора по ВР" }));
        await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programmeId}/tasks", new { text = "Повысить успеваемость по математике", expectedResult = "Рост среднего балла" }));
        foreach (var (kind, title) in new[]
                 {
                     ("IntroductionOrder", "О внедрении целевой модели наставничества"), ("PedagogicalCouncilMinutes", "Протокол педсовета"),
                     ("ImplementationPlan", "Дорожная карта"), ("Regulation", "Положение о наставничестве"), ("CuratorOrder", "О назначении куратора"),
                 })
        {
            await OkAsync<ProgrammeDto>(await PostAsync($"{Api}/programmes/{programmeId}/documents", new { kind, number = "12-од", date = "2024-09-02", title }));
        }
    }

    /// <summary>Stage 2: a candidate scored, accepted and trained.</summary>
    protected async Task<MentorCandidateDto> SelectMentorAsync(Guid programmeId, Guid personId, bool trained = true)
    {
        var candidate = await OkAsync<MentorCandidateDto>(await PostAsync($"{Api}/programmes/{programmeId}/mentor-candidates", new { personId }), HttpStatusCode.Created);
        var url = $"{Api}/programmes/{programmeId}/mentor-candidates/{candidate.Id}";
        await OkAsync<MentorCandidateDto>(await PutAsync($"{url}/scores", new
        {
            willingness = 5, professionalExperience = 4, competencesAndCommunication = 5, timeResource = 3,
            positiveExperience = 4, matchToRequests = 5, civicPosition = 4, motivation = 5,
        }));
        await OkAsync<MentorCandidateDto>(await PostAsync($"{url}/decision", new { decision = "Accepted", comment = "Рекомендован педсоветом" }));
        return await OkAsync<MentorCandidateDto>(await PostAsync($"{url}/trainings", new { name = "Школа наставника", hours = 16, completedAt = trained ? "2024-09-20" : null }));
    }

    protected async Task<MentorDto> AddMentorAsync(Guid programmeId, Guid candidateId, int capacity, params string[] competences) =>
        await OkAsync<MentorDto>(await PostAsync($"{Api}/programmes/{programmeId}/mentors", new { candidateId, capacity, source = "Teacher", competences }), HttpStatusCode.Created);

    protected async Task<MenteeDto> AddMenteeAsync(Guid programmeId, Guid personId, params string[] tags) =>
        await OkAsync<MenteeDto>(await PostAsync($"{Api}/programmes/{programmeId}/mentees", new
        {
            personId,
            dataChannel = "ClassTeacher",
            requests = tags.Length == 0 ? Array.Empty<object>() : [new { text = "Нужна помощь", tags }],
        }), HttpStatusCode.Created);

    protected async Task<GroupDto> ConfirmPairAsync(Guid programmeId, string form, Guid mentorPersonId, Guid menteePersonId, string format = "OneToOne") =>
        await OkAsync<GroupDto>(await PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form,
            format,
            startedAt = "2024-10-01",
            members = new[] { new { personId = mentorPersonId, role = "Mentor" }, new { personId = menteePersonId, role = "Mentee" } },
        }), HttpStatusCode.Created);

    /// <summary>A programme at stage 5 with one mentor (capacity given) and the mentees given, as the curator of the organisation.</summary>
    protected async Task<(Guid ProgrammeId, Guid MentorPersonId)> ProgrammeAtWorkAsync(Guid organizationId, string form, PersonCategory mentorCategory, int capacity, string[] competences, params Guid[] menteePersonIds)
    {
        var programme = await CreateProgrammeAsync(organizationId);
        await MeetLaunchConditionsAsync(programme.Id, form);
        await AdvanceAsync(programme.Id);
        var mentorPerson = await SeedPersonAsync(organizationId, mentorCategory, "Наставник");
        var candidate = await SelectMentorAsync(programme.Id, mentorPerson);
        await AdvanceAsync(programme.Id);
        await AddMentorAsync(programme.Id, candidate.Id, capacity, competences);
        await AdvanceAsync(programme.Id);
        foreach (var mentee in menteePersonIds)
        {
            await AddMenteeAsync(programme.Id, mentee, "математика");
        }

        await AdvanceAsync(programme.Id);
        return (programme.Id, mentorPerson);
    }
}
