using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>Matching runs the programme's forms in order and shares the mentors' places among them.</summary>
public sealed class MatchingTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task Matching_runs_the_forms_in_order_over_the_mentees_left_and_shares_the_mentor_s_places()
    {
        var colleague = await Given.Person(_school, PersonCategory.Teacher, "Алексеева");
        var newcomer = await Given.Person(_school, PersonCategory.Teacher, "Белов");
        var pupil = await Given.Person(_school, PersonCategory.Pupil, "Воронцов");
        AsCurator(_school);
        var programme = await Given.Programme(_school);
        await Given.LaunchConditionsMet(programme.Id, "TeacherPupil");
        await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programme.Id}/forms", new { forms = new[] { "TeacherPupil", "TeacherTeacher" }, formats = new[] { "OneToOne", "Group" } }));
        await Client.AdvanceAsync(programme.Id);
        var mentorPerson = await Given.Person(_school, PersonCategory.Teacher, "Наставник");
        var candidate = await Given.AcceptedMentor(programme.Id, mentorPerson);
        await Client.AdvanceAsync(programme.Id);
        await Given.MentorInBank(programme.Id, candidate.Id, 2, "математика");
        await Client.AdvanceAsync(programme.Id);
        foreach (var mentee in new[] { colleague, newcomer, pupil })
        {
            await Given.Mentee(programme.Id, mentee, "математика");
        }

        await Client.AdvanceAsync(programme.Id);

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
}
