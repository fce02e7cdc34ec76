using System.Net;
using Mentorship.Application.Common.Models;
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
using Mentorship.Application.Programmes.Stage6Completion;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddAward;
using Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;
using Mentorship.Application.Programmes.Stage6Completion.Commands.SetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetFinalEvent;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Programmes;

/// <summary>A curator walks a programme through its six stages over HTTP; every gate refuses before it is met and allows after.</summary>
public sealed class ProgrammeWalkthroughTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ СОШ № 7");

    [Test]
    public Task A_pupil_pupil_programme_walks_through_all_six_stages() =>
        WalkAsync("PupilPupil", PersonCategory.Pupil, PersonCategory.Pupil, PersonCategory.Teacher);

    [Test]
    public Task A_teacher_teacher_programme_walks_through_all_six_stages() =>
        WalkAsync("TeacherTeacher", PersonCategory.Teacher, PersonCategory.Teacher, PersonCategory.Pupil);

    private async Task WalkAsync(string form, PersonCategory mentorCategory, PersonCategory menteeCategory, PersonCategory wrongCategory)
    {
        var curatorPerson = await Given.Person(_school, PersonCategory.Teacher, "Куратор");
        var mentorPerson = await Given.Person(_school, mentorCategory, "Наставников");
        var menteePerson = await Given.Person(_school, menteeCategory, "Ученикова");
        var unconsentedPerson = await Given.Person(_school, menteeCategory, "Безсогласия", consent: false);
        var wrongPerson = await Given.Person(_school, wrongCategory, "Неподходящий");
        AsCurator(_school);

        // Stage 1. Launch conditions.
        var programme = await Given.Programme(_school);
        var stage = await Client.StageAsync(programme.Id);
        stage.Stage.Should().Be(ProgrammeStage.LaunchConditions);
        stage.GateOpen.Should().BeFalse();
        stage.Checklist.Should().HaveCount(6).And.OnlyContain(i => !i.Met && i.Missing != null);
        await Client.AdvanceIsRefusedAsync(programme.Id, "form", "curator", "task", "introductionOrder", "regulation", "curatorOrder");
        await Given.LaunchConditionsMet(programme.Id, form, curatorPerson);
        (await Client.StageAsync(programme.Id)).Checklist.Should().OnlyContain(i => i.Met);
        (await Client.AdvanceAsync(programme.Id)).Stage.Should().Be(ProgrammeStage.MentorSelection);

        // Stage 2. Selection and training of mentors: accepted is not enough, training completes it.
        await Client.AdvanceIsRefusedAsync(programme.Id, "trainedAcceptedMentor");
        var candidate = await Given.AcceptedMentor(programme.Id, mentorPerson, trained: false);
        candidate.TotalScore.Should().Be(35);
        candidate.Decision.Should().Be(CandidateDecision.Accepted);
        await Client.AdvanceIsRefusedAsync(programme.Id, "trainedAcceptedMentor");
        var training = candidate.Trainings.Single();
        await OkAsync<MentorCandidateDto>(await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates/{candidate.Id}/trainings/{training.Id}/complete", new { completedAt = "2024-09-25" }));
        var rejected = await OkAsync<MentorCandidateDto>(await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates", new { personId = wrongPerson }), HttpStatusCode.Created);
        await OkAsync<MentorCandidateDto>(await PostAsync($"{Api}/programmes/{programme.Id}/mentor-candidates/{rejected.Id}/decision", new { decision = "Rejected", comment = "Нет ресурса времени" }));
        (await Client.AdvanceAsync(programme.Id)).Stage.Should().Be(ProgrammeStage.MentorBank);

        // Stage 3. Mentor bank: only accepted candidates enter it.
        await Client.AdvanceIsRefusedAsync(programme.Id, "mentor");
        var notAccepted = await PostAsync($"{Api}/programmes/{programme.Id}/mentors", new { candidateId = rejected.Id, capacity = 1, source = "Teacher" });
        await ProblemAsync(notAccepted, HttpStatusCode.Conflict);
        var mentor = await Given.MentorInBank(programme.Id, candidate.Id, 2, "Математика", "робототехника");
        mentor.Competences.Should().Equal("математика", "робототехника");
        (await Client.AdvanceAsync(programme.Id)).Stage.Should().Be(ProgrammeStage.MenteeBank);

        // Stage 4. Mentee bank: a mentee counts once they have a request.
        await Client.AdvanceIsRefusedAsync(programme.Id, "menteeWithRequest");
        var mentee = await Given.Mentee(programme.Id, menteePerson);
        await Client.AdvanceIsRefusedAsync(programme.Id, "menteeWithRequest");
        await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/mentees/{mentee.Id}/requests", new { text = "Без тем", tags = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        mentee = await OkAsync<MenteeDto>(await PostAsync($"{Api}/programmes/{programme.Id}/mentees/{mentee.Id}/requests", new { text = "Подготовка к олимпиаде", tags = new[] { "математика", "олимпиады" } }));
        mentee.Requests.Single().Tags.Should().Equal("математика", "олимпиады");
        await Given.Mentee(programme.Id, unconsentedPerson, "математика");
        await OkAsync<InformingRecordDto>(await PostAsync($"{Api}/programmes/{programme.Id}/informing", new { menteeId = mentee.Id, channel = "ParentsMeeting", informedOn = "2024-09-28" }), HttpStatusCode.Created);
        (await Client.AdvanceAsync(programme.Id)).Stage.Should().Be(ProgrammeStage.OrganisationOfWork);

        // Stage 5. Organisation of work: matching proposes only the mentee with consent; the curator confirms.
        await Client.AdvanceIsRefusedAsync(programme.Id, "activeGroup", "pairsOrder");
        var matching = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching"));
        var proposal = matching.Proposals.Should().ContainSingle().Which;
        proposal.Should().BeEquivalentTo(new { MentorPersonId = mentorPerson, MenteePersonId = menteePerson, SharedTags = new[] { "математика" } }, o => o.ExcludingMissingMembers());
        proposal.Form.ToString().Should().Be(form);
        proposal.Score.Should().BeGreaterThan(0);
        proposal.Reasons.Should().NotBeEmpty();
        matching.Unmatched.Should().BeEmpty("a mentee without consent is not offered at all");

        var noConsent = await PostAsync($"{Api}/programmes/{programme.Id}/groups", new
        {
            form, format = "OneToOne", members = new[] { new { personId = mentorPerson, role = "Mentor" }, new { personId = unconsentedPerson, role = "Mentee" } },
        });
        (await ProblemAsync(noConsent, HttpStatusCode.Conflict)).Errors!.Keys.Should().Equal("members[1].personId");
        var wrongSide = await PostAsync($"{Api}/programmes/{programme.Id}/groups", new
        {
            form, format = "OneToOne", members = new[] { new { personId = mentorPerson, role = "Mentor" }, new { personId = wrongPerson, role = "Mentee" } },
        });
        (await ProblemAsync(wrongSide, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("members[1].personId");

        var pair = await Given.ConfirmedPair(programme.Id, form, mentorPerson, menteePerson);
        pair.Members.Should().HaveCount(2).And.Contain(m => m.PersonId == menteePerson && m.Name.StartsWith("Ученикова", StringComparison.Ordinal));
        (await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching"))).Proposals.Should().BeEmpty();

        // The pair works: goals, a kick-off and a later meeting logged by the mentor, results, feedback, questionnaires.
        await OkAsync<GoalDto>(await PostAsync($"{Api}/groups/{pair.Id}/goals", new { menteePersonId = menteePerson, text = "Выйти на региональный этап олимпиады", dueOn = "2025-03-01" }), HttpStatusCode.Created);
        var initial = await CreateSurveyAsync(programme.Id, "Initial");
        var final = await CreateSurveyAsync(programme.Id, "Final");

        AsMentor(mentorPerson);
        (await OkAsync<GroupDto>(await Client.GetAsync($"{Api}/groups/{pair.Id}"))).Id.Should().Be(pair.Id);
        await OkAsync<MeetingDto>(await PostAsync($"{Api}/groups/{pair.Id}/meetings", new { at = "2024-10-02T15:00:00+08:00", durationMinutes = 90, kind = "Kickoff", topic = "Установочная встреча" }), HttpStatusCode.Created);
        await OkAsync<MeetingDto>(await PostAsync($"{Api}/groups/{pair.Id}/meetings", new { at = "2024-10-09T15:00:00+08:00", durationMinutes = 45, kind = "Regular", topic = "Разбор задач" }), HttpStatusCode.Created);
        var hours = await OkAsync<MeetingHoursDto>(await Client.GetAsync($"{Api}/groups/{pair.Id}/meetings/hours"));
        hours.Should().Be(new MeetingHoursDto(pair.Id, 2, 135, 2.25m));
        await OkAsync<IntermediateResultDto>(await PostAsync($"{Api}/groups/{pair.Id}/results", new { menteePersonId = menteePerson, recordedOn = "2024-12-20", text = "Призёр школьного этапа" }), HttpStatusCode.Created);
        await OkAsync<SurveyResponseDto>(await PostAsync($"{Api}/surveys/{initial.Id}/responses", Answers(programme.Id, pair.Id, initial, 4)), HttpStatusCode.Created);

        AsMentee(menteePerson);
        await OkAsync<FeedbackDto>(await PostAsync($"{Api}/groups/{pair.Id}/feedback", new { stage = "Midpoint", text = "Занятия полезны", rating = 9 }), HttpStatusCode.Created);
        await ProblemAsync(await PostAsync($"{Api}/groups/{pair.Id}/goals", new { text = "Своя цель" }), HttpStatusCode.Forbidden);

        AsMentor(mentorPerson);
        await OkAsync<SurveyResponseDto>(await PostAsync($"{Api}/surveys/{final.Id}/responses", Answers(programme.Id, pair.Id, final, 7)), HttpStatusCode.Created);
        await ProblemAsync(await PostAsync($"{Api}/surveys/{final.Id}/responses", Answers(programme.Id, pair.Id, final, 8)), HttpStatusCode.Conflict);

        AsCurator(_school);
        var growth = await OkAsync<IReadOnlyList<SurveyGrowthDto>>(await Client.GetAsync($"{Api}/surveys/growth?programmeId={programme.Id}"));
        growth.Should().ContainSingle().Which.Should().Be(new SurveyGrowthDto(mentorPerson, pair.Id, SurveyRole.Mentor, 4, null, 7, 3));
        await Given.PairsOrder(programme.Id);
        (await Client.AdvanceAsync(programme.Id)).Stage.Should().Be(ProgrammeStage.Completion);

        // Stage 6. Completion: the programme closes only when no pair is active.
        var closeEarly = await Client.PostAsync($"{Api}/programmes/{programme.Id}/close", null);
        (await ProblemAsync(closeEarly, HttpStatusCode.Conflict)).Should().NotBeNull();
        (await Client.StageAsync(programme.Id)).Checklist.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "noActiveGroup", Met = false });
        await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme.Id}/stage/advance", null), HttpStatusCode.Conflict);

        var ended = await OkAsync<GroupDto>(await PostAsync($"{Api}/groups/{pair.Id}/end", new { outcome = "Completed", reason = "Результаты представлены", endedAt = "2025-05-20" }));
        ended.Status.Should().Be(GroupStatus.Completed);
        ended.Members.Should().OnlyContain(m => m.LeftAt == new DateOnly(2025, 5, 20));
        await OkAsync<FeedbackDto>(await PostAsync($"{Api}/groups/{pair.Id}/feedback", new { authorPersonId = menteePerson, stage = "Final", text = "Спасибо наставнику", rating = 10 }), HttpStatusCode.Created);
        await OkAsync<FinalEventDto>(await PutAsync($"{Api}/programmes/{programme.Id}/final-event", new { at = "2025-05-25T12:00:00+08:00", title = "Итоговая конференция", place = "Актовый зал" }));
        await OkAsync<AwardDto>(await PostAsync($"{Api}/programmes/{programme.Id}/awards", new { groupId = pair.Id, title = "Лучшая наставническая пара" }), HttpStatusCode.Created);
        var successCase = await OkAsync<SuccessCaseDto>(await PostAsync($"{Api}/programmes/{programme.Id}/cases", new { groupId = pair.Id, title = "От троек к олимпиаде", text = "История пары без имён." }), HttpStatusCode.Created);
        (await OkAsync<Application.Programmes.Publication.Commands.PublishProgramme.PublicationStateDto>(await Client.PostAsync($"{Api}/programmes/{programme.Id}/cases/{successCase.Id}/publish", null))).IsPublished.Should().BeTrue();

        (await Client.StageAsync(programme.Id)).GateOpen.Should().BeTrue();
        var closed = await OkAsync<ProgrammeStageDto>(await Client.PostAsync($"{Api}/programmes/{programme.Id}/close", null));
        closed.Status.Should().Be(ProgrammeStatus.Closed);
        await ProblemAsync(await PostAsync($"{Api}/programmes/{programme.Id}/tasks", new { text = "Ещё задача" }), HttpStatusCode.Conflict);

        var history = await OkAsync<PagedList<StageTransitionDto>>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/history"));
        history.Items.Select(t => t.To).Should().Equal(
            ProgrammeStage.MentorSelection, ProgrammeStage.MentorBank, ProgrammeStage.MenteeBank, ProgrammeStage.OrganisationOfWork, ProgrammeStage.Completion);
    }

    private async Task<SurveyTemplateDto> CreateSurveyAsync(Guid programmeId, string point)
    {
        var template = await OkAsync<SurveyTemplateDto>(await PostAsync($"{Api}/surveys", new
        {
            programmeId,
            title = $"Анкета наставника ({point})",
            role = "Mentor",
            point,
            questions = new object[]
            {
                new { kind = "Scale1To10", text = "Насколько вы уверены в своих силах?", isRequired = true },
                new { kind = "Scale1To10", text = "Насколько комфортно общение в паре?", isRequired = true },
                new { kind = "Choice", text = "Формат встреч", isRequired = true, options = new[] { "Очно", "Дистанционно" } },
                new { kind = "Open", text = "Что изменить?", isRequired = false },
            },
        }), HttpStatusCode.Created);
        return await OkAsync<SurveyTemplateDto>(await Client.PostAsync($"{Api}/surveys/{template.Id}/publish", null));
    }

    private static object Answers(Guid programmeId, Guid groupId, SurveyTemplateDto template, int scale)
    {
        var questions = template.Questions.OrderBy(q => q.Order).ToList();
        return new
        {
            programmeId,
            groupId,
            answers = new object[]
            {
                new { questionId = questions[0].Id, scale = scale - 1 },
                new { questionId = questions[1].Id, scale = scale + 1 },
                new { questionId = questions[2].Id, optionId = questions[2].Options[0].Id },
            },
        };
    }
}
