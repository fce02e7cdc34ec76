using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>Matching never breaks a rule, and confirming a group re-checks capacity, consent and form; a refusal carries its code, in the caller's language.</summary>
public sealed class ConfirmGroupTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task A_group_without_a_member_list_is_refused_naming_it()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Безгруппова");
        AsCurator(_school);
        var (programme, _) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentee);

        var refused = await PostAsync($"{Api}/programmes/{programme}/groups", new { form = "PupilPupil", format = "OneToOne", members = (object?)null });

        (await ProblemAsync(refused, HttpStatusCode.BadRequest)).ErrorCodes!.Should().ContainKey("members");
    }

    [Test]
    public async Task A_mentee_of_two_programmes_joins_one_active_pair_of_a_form_even_when_both_confirm_at_once()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Двойкина");
        AsCurator(_school);
        var (first, firstMentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentee);
        var (second, secondMentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentee);

        Task<HttpResponseMessage> Confirm(Guid programme, Guid mentor) => PostAsync($"{Api}/programmes/{programme}/groups", new
        {
            form = "PupilPupil",
            format = "OneToOne",
            startedAt = "2024-10-01",
            members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = mentee, role = "Mentee" } },
        });
        var answers = await Task.WhenAll(Confirm(first, firstMentor), Confirm(second, secondMentor));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        (await ProblemAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict)).Code.Should().Be("group.mentee_already_paired");
        (await CountAsync<Mentorship.Domain.Programmes.MentoringGroup>()).Should().Be(1);
    }

    [Test]
    public async Task Matching_respects_capacity_consent_and_form_and_explains_each_proposal()
    {
        var first = await Given.Person(_school, PersonCategory.Pupil, "Аверин");
        var second = await Given.Person(_school, PersonCategory.Pupil, "Борисова");
        var third = await Given.Person(_school, PersonCategory.Pupil, "Васильев");
        var teacher = await Given.Person(_school, PersonCategory.Teacher, "Учителева");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], first, second, third);
        await Given.Mentee(programmeId, teacher, "математика");

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
    public async Task A_pair_beyond_the_mentor_s_capacity_is_refused_with_its_code_in_russian_and_in_english()
    {
        var first = await Given.Person(_school, PersonCategory.Pupil, "Аверин");
        var second = await Given.Person(_school, PersonCategory.Pupil, "Борисова");
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "TeacherPupil", PersonCategory.Teacher, 1, ["математика"], first, second);
        await Given.ConfirmedPair(programmeId, "TeacherPupil", mentor, first);
        var body = new
        {
            form = "TeacherPupil", format = "OneToOne", members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = second, role = "Mentee" } },
        };

        var russian = await ProblemAsync(await PostAsync($"{Api}/programmes/{programmeId}/groups", body), HttpStatusCode.Conflict);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programmeId}/groups") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await ProblemAsync(await Client.SendAsync(request), HttpStatusCode.Conflict);

        russian.Code.Should().Be(ErrorCodes.Group.MentorCapacityExceeded);
        russian.ErrorCodes!["members[0].personId"].Should().Equal(ErrorCodes.Group.MentorCapacityExceeded);
        russian.Detail.Should().Be("У наставника нет свободного места: мест 1, занято 1.");
        english.Code.Should().Be(ErrorCodes.Group.MentorCapacityExceeded);
        english.Detail.Should().Be("The mentor's capacity is 1; 1 mentee(s) already taken.");
    }
}
