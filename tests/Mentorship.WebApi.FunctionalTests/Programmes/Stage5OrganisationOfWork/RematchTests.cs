using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage3MentorBank;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>A pair ends with a reason and its mentee is matched again.</summary>
public sealed class RematchTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task A_pair_ends_with_a_reason_and_the_mentee_is_re_matched()
    {
        var menteePerson = await Given.Person(_school, PersonCategory.Pupil, "Дмитриева");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await Given.ConfirmedPair(programmeId, "PupilPupil", mentorPerson, menteePerson);
        var secondMentor = await Given.Person(_school, PersonCategory.Pupil, "Ефимов");
        var candidate = await Given.AcceptedMentor(programmeId, secondMentor);
        await Given.MentorInBank(programmeId, candidate.Id, 1, "математика");

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
}
