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
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Commands.UpdateMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;
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
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;

namespace Mentorship.WebApi.FunctionalTests.Programmes;

/// <summary>Stage 5 in detail: matching never breaks a rule, confirmation re-checks them, notes keep their visibility, pairs end and re-match.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class GroupWorkTests(DatabaseProvider provider) : ProgrammeTestBase(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool()
    {
        var (_, municipality) = await CreateTerritoryAsync();
        _school = (await CreateOrganizationAsync(municipality.Id, "МБОУ Лицей № 2")).Id;
    }

    [Test]
    public async Task Matching_respects_capacity_consent_and_form_and_explains_each_proposal()
    {
        var first = await SeedPersonAsync(_school, PersonCategory.Pupil, "Аверин");
        var second = await SeedPersonAsync(_school, PersonCategory.Pupil, "Борисова");
        var third = await SeedPersonAsync(_school, PersonCategory.Pupil, "Васильев");
        var teacher = await SeedPersonAsync(_school, PersonCategory.Teacher, "Учителева");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await ProgrammeAtWorkAsync(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], first, second, third);
        await AddMenteeAsync(programmeId, teacher, "математика");

        var matching = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programmeId}/matching"));

        matching.Proposals.Should().HaveCount(2, "the mentor takes two mentees");
        matching.Proposals.Should().OnlyContain(p => p.MentorPersonId == mentorPerson && p.SharedTags.SequenceEqual(new[] { "математика" }) && p.Reasons.Count >= 2);
        matching.Unmatched.Select(u => u.PersonId).Should().HaveCount(2).And.Contain(teacher, "a teacher is no pupil–pupil mentee");
        matching.Proposals.Should().NotContain(p => p.MenteePersonId == teacher);
        matching.TotalScore.Should().Be(matching.Proposals.Sum(p => p.Score));
        matching.Unmatched.Select(u => u.Reason).Should().OnlyContain(r => r.Length > 0).And.OnlyHaveUniqueItems("the teacher is refused by the form, the pupil by the mentor's places");

        var group = await OkAsync<GroupDto>(await PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form = "PupilPupil",
            format = "Group",
            name = "Круг математиков",
            members = new[] { new { personId = mentorPerson, role = "Mentor" }, new { personId = first, role = "Mentee" }, new { personId = second, role = "Mentee" } },
        }), HttpStatusCode.Created);
        group.Members.Should().HaveCount(3);

        var full = await PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form = "PupilPupil", format = "OneToOne", members = new[] { new { personId = mentorPerson, role = "Mentor" }, new { personId = third, role = "Mentee" } },
        });
        (await ProblemAsync(full, HttpStatusCode.Conflict)).Errors!.Keys.Should().Equal("members[0].personId");
        var twice = await PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form = "PupilPupil", format = "OneToOne", members = new[] { new { personId = third, role = "Mentor" }, new { personId = first, role = "Mentee" } },
        });
        (await ProblemAsync(twice, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("members[0].personId");
        var otherForm = await PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form = "TeacherPupil", format = "OneToOne", members = new[] { new { personId = mentorPerson, role = "Mentor" }, new { personId = third, role = "Mentee" } },
        });
        (await ProblemAsync(otherForm, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("form");

        (await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programmeId}/matching"))).Proposals.Should().BeEmpty("the mentor is full");
    }

    [Test]
    public async Task Matching_runs_the_forms_in_order_over_the_mentees_left_and_shares_the_mentor_s_places()
    {
        var colleague = await SeedPersonAsync(_school, PersonCategory.Teacher, "Алексеева");
        var newcomer = await SeedPersonAsync(_school, PersonCategory.Teacher, "Белов");
        var pupil = await SeedPersonAsync(_school, PersonCategory.Pupil, "Воронцов");
        AsCurator(_school);
        var programme = await CreateProgrammeAsync(_school);
        await MeetLaunchConditionsAsync(programme.Id, "TeacherPupil");
        await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programme.Id}/forms", new { forms = new[] { "TeacherPupil", "TeacherTeacher" }, formats = new[] { "OneToOne", "Group" } }));
        await AdvanceAsync(programme.Id);
        var mentorPerson = await SeedPersonAsync(_school, PersonCategory.Teacher, "Наставник");
        var candidate = await SelectMentorAsync(programme.Id, mentorPerson);
        await AdvanceAsync(programme.Id);
        await AddMentorAsync(programme.Id, candidate.Id, 2, "математика");
        await AdvanceAsync(programme.Id);
        foreach (var mentee in new[] { colleague, newcomer, pupil })
        {
            await AddMenteeAsync(programme.Id, mentee, "математика");
        }

        await AdvanceAsync(programme.Id);

        var matching = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching"));

        matching.Proposals.Select(p => (p.MentorPersonId, p.MenteePersonId, p.Form)).Should().BeEquivalentTo(
            new[] { (mentorPerson, colleague, MentoringForm.TeacherTeacher), (mentorPerson, newcomer, MentoringForm.TeacherTeacher) },
            "the forms run in their order and the mentor's two places are shared by all of them");
        matching.Proposals.Should().OnlyContain(p => p.Score > 0 && p.Reasons.Count >= 2);
        matching.Unmatched.Should().ContainSingle().Which.Should().Match<UnmatchedMenteeDto>(u => u.PersonId == pupil && u.Reason.Length > 0);

        var pupilsOnly = await OkAsync<MatchingResultDto>(await Client.GetAsync($"{Api}/programmes/{programme.Id}/matching?form=TeacherPupil"));
        pupilsOnly.Proposals.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MenteePersonId = pupil, Form = MentoringForm.TeacherPupil }, o => o.ExcludingMissingMembers());
        pupilsOnly.Unmatched.Select(u => u.PersonId).Should().BeEquivalentTo(new[] { colleague, newcomer }, "the form admits no teacher as a mentee");
    }

    [Test]
    public async Task Notes_are_seen_only_by_whom_their_visibility_allows()
    {
        var menteePerson = await SeedPersonAsync(_school, PersonCategory.Pupil, "Григорьев");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await ProgrammeAtWorkAsync(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await ConfirmPairAsync(programmeId, "PupilPupil", mentorPerson, menteePerson);
        await ProblemAsync(await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "SharedWithPair", text = "Куратор не пишет в журнал пары" }), HttpStatusCode.Forbidden);

        AsMentor(mentorPerson);
        await OkAsync<NoteDto>(await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "PrivateToMentor", text = "Личная заметка наставника" }), HttpStatusCode.Created);
        await OkAsync<NoteDto>(await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "SharedWithPair", text = "План на неделю" }), HttpStatusCode.Created);
        await OkAsync<NoteDto>(await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "VisibleToCurator", text = "Наставляемый пропускает встречи" }), HttpStatusCode.Created);

        AsMentee(menteePerson);
        var privateByMentee = await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "PrivateToMentor", text = "Не может" });
        (await ProblemAsync(privateByMentee, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("visibility");
        await OkAsync<NoteDto>(await PostAsync($"{Api}/groups/{pair.Id}/notes", new { visibility = "VisibleToCurator", text = "Хочу сменить время встреч" }), HttpStatusCode.Created);

        (await NotesAsync(pair.Id)).Should().BeEquivalentTo("План на неделю", "Хочу сменить время встреч");
        AsMentor(mentorPerson);
        (await NotesAsync(pair.Id)).Should().BeEquivalentTo("Личная заметка наставника", "План на неделю", "Наставляемый пропускает встречи");
        AsCurator(_school);
        (await NotesAsync(pair.Id)).Should().BeEquivalentTo("План на неделю", "Наставляемый пропускает встречи", "Хочу сменить время встреч");

        var stranger = await SeedPersonAsync(_school, PersonCategory.Pupil, "Посторонний");
        AsMentee(stranger);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{pair.Id}/notes"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{pair.Id}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_pair_ends_with_a_reason_and_the_mentee_is_re_matched()
    {
        var menteePerson = await SeedPersonAsync(_school, PersonCategory.Pupil, "Дмитриева");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await ProgrammeAtWorkAsync(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await ConfirmPairAsync(programmeId, "PupilPupil", mentorPerson, menteePerson);
        var secondMentor = await SeedPersonAsync(_school, PersonCategory.Pupil, "Ефимов");
        var candidate = await SelectMentorAsync(programmeId, secondMentor);
        await AddMentorAsync(programmeId, candidate.Id, 1, "математика");

        var noReason = await PostAsync($"{Api}/groups/{pair.Id}/rematch", new { menteePersonId = menteePerson, mentorPersonId = secondMentor });
        (await ProblemAsync(noReason, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("reason");
        var rematched = await OkAsync<GroupDto>(await PostAsync($"{Api}/groups/{pair.Id}/rematch", new
        {
            menteePersonId = menteePerson, mentorPersonId = secondMentor, reason = "Не сложился контакт", on = "2024-11-15",
        }), HttpStatusCode.Created);

        rematched.Members.Select(m => (m.PersonId, m.Role)).Should().BeEquivalentTo(new[] { (secondMentor, GroupRole.Mentor), (menteePerson, GroupRole.Mentee) });
        var old = await OkAsync<GroupDto>(await Client.GetAsync($"{Api}/groups/{pair.Id}"));
        old.Should().BeEquivalentTo(new { Status = GroupStatus.Terminated, EndReason = "Не сложился контакт", EndedAt = new DateOnly(2024, 11, 15) }, o => o.ExcludingMissingMembers());
        await ProblemAsync(await PostAsync($"{Api}/groups/{pair.Id}/meetings", new { at = "2024-11-20T10:00:00Z", durationMinutes = 30, kind = "Regular" }), HttpStatusCode.Conflict);
        var terminateWithout = await PostAsync($"{Api}/groups/{rematched.Id}/end", new { outcome = "Terminated" });
        (await ProblemAsync(terminateWithout, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("reason");

        var groups = await OkAsync<PagedList<GroupDto>>(await Client.GetAsync($"{Api}/programmes/{programmeId}/groups?status=Active"));
        groups.Items.Should().ContainSingle().Which.Id.Should().Be(rematched.Id);
        var mentors = await OkAsync<PagedList<MentorDto>>(await Client.GetAsync($"{Api}/programmes/{programmeId}/mentors?competence=Математика"));
        mentors.TotalCount.Should().Be(2);
    }

    [Test]
    public async Task The_curator_answers_the_curator_questionnaire_and_participants_keep_to_their_own()
    {
        var menteePerson = await SeedPersonAsync(_school, PersonCategory.Pupil, "Жукова");
        var curatorPerson = await SeedPersonAsync(_school, PersonCategory.Teacher, "Куратова");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await ProgrammeAtWorkAsync(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await ConfirmPairAsync(programmeId, "PupilPupil", mentorPerson, menteePerson);
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

    private async Task<IReadOnlyList<string>> NotesAsync(Guid groupId) =>
        (await OkAsync<PagedList<NoteDto>>(await Client.GetAsync($"{Api}/groups/{groupId}/notes"))).Items.Select(n => n.Text).ToList();
}
