using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.WebApi.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.MentorBank;

/// <summary>
/// The municipal bank of mentors (seed 001): a teacher of school A is mentored, in the network format, by a mentor of
/// school B drawn from the bank; the mentor's capacity is one limit over the pairs of every school, also when two
/// curators draw the last place at once; the bank is not seen nor drawn from outside its municipality.
/// </summary>
public sealed class MunicipalMentorBankTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _municipality;
    private Guid _schoolA;
    private Guid _schoolB;

    [SetUp]
    public async Task CreateSchools()
    {
        var (_, municipality) = await Given.Territory();
        _municipality = municipality.Id;
        _schoolA = (await Given.Organization(_municipality, "МБОУ СОШ № 1")).Id;
        _schoolB = (await Given.Organization(_municipality, "МБОУ Гимназия № 2")).Id;
    }

    [Test]
    public async Task A_teacher_of_school_A_is_mentored_in_a_network_pair_by_a_mentor_of_school_B_from_the_municipal_bank()
    {
        var mentor = await TrainedTeacher(_schoolB, "Опытнова");
        var newcomer = await Given.Person(_schoolA, PersonCategory.Teacher, "Молодцова");
        var programmeA = await ProgrammeAtStage5(_schoolA, await Given.Person(_schoolA, PersonCategory.Teacher, "Своя"), newcomer);

        AsMunicipalCoordinator(_municipality);
        var entry = await OkAsync<BankMentorDto>(await Register(mentor, capacity: 2), HttpStatusCode.Created);
        entry.Should().BeEquivalentTo(new { PersonId = mentor, OrganizationId = _schoolB, OrganizationName = "МБОУ Гимназия № 2", Capacity = 2, FreePlaces = 2, Trained = true },
            o => o.ExcludingMissingMembers());
        entry.Competences.Should().Equal("оценивание", "работа с родителями");

        AsCurator(_schoolA);
        var found = await OkAsync<PagedList<BankMentorDto>>(await Client.GetAsync($"{BankUrl}?competence=Оценивание&hasFreePlaces=true"));
        found.Items.Should().ContainSingle().Which.PersonName.Should().StartWith("Опытнова");
        (await OkAsync<PagedList<BankMentorDto>>(await Client.GetAsync($"{BankUrl}?organizationId={_schoolA}"))).TotalCount.Should().Be(0);

        var oneToOne = await ProblemAsync(await Pair(programmeA, mentor, newcomer, "OneToOne"), HttpStatusCode.BadRequest);
        oneToOne.ErrorCodes!["format"].Should().Equal(ErrorCodes.MentorBank.NetworkFormatRequired);

        var pair = await OkAsync<GroupDto>(await Pair(programmeA, mentor, newcomer), HttpStatusCode.Created);
        pair.Format.Should().Be(MentoringFormat.Network);
        pair.Members.Should().Contain(m => m.PersonId == mentor && m.Role == GroupRole.Mentor).And.Contain(m => m.PersonId == newcomer && m.Role == GroupRole.Mentee);
        pair.TeacherElement.Should().Be(TeacherModelElement.Training);
        pair.Deficit.Should().Be("оценивание");

        var after = await OkAsync<BankMentorDto>(await Client.GetAsync($"{BankUrl}/{entry.Id}"));
        (after.CurrentMentees, after.FreePlaces).Should().Be((1, 1));
    }

    [Test]
    public async Task The_capacity_of_a_bank_mentor_counts_over_the_pairs_of_every_school()
    {
        var mentor = await Given.Person(_schoolB, PersonCategory.Teacher, "Опытнова");
        var (a1, a2) = (await Given.Person(_schoolA, PersonCategory.Teacher, "Первая"), await Given.Person(_schoolA, PersonCategory.Teacher, "Вторая"));
        var (b1, b2) = (await Given.Person(_schoolB, PersonCategory.Teacher, "Третья"), await Given.Person(_schoolB, PersonCategory.Teacher, "Четвёртая"));

        // In school B's own programme the mentor has room for 5; the bank gives the person 2 over every school.
        var programmeB = await ProgrammeAtStage5(_schoolB, mentor, b1, b2);
        var programmeA = await ProgrammeAtStage5(_schoolA, await Given.Person(_schoolA, PersonCategory.Teacher, "Своя"), a1, a2);
        AsMunicipalCoordinator(_municipality);
        await OkAsync<BankMentorDto>(await Register(mentor, capacity: 2), HttpStatusCode.Created);

        AsCurator(_schoolB);
        await OkAsync<GroupDto>(await Pair(programmeB, mentor, b1, "OneToOne"), HttpStatusCode.Created);
        AsCurator(_schoolA);
        await OkAsync<GroupDto>(await Pair(programmeA, mentor, a1), HttpStatusCode.Created);

        var thirdInA = await ProblemAsync(await Pair(programmeA, mentor, a2), HttpStatusCode.Conflict);
        thirdInA.Code.Should().Be(ErrorCodes.MentorBank.CapacityExceeded);
        thirdInA.Errors!.Keys.Should().Equal("members[0].personId");
        AsCurator(_schoolB);
        (await ProblemAsync(await Pair(programmeB, mentor, b2, "OneToOne"), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.MentorBank.CapacityExceeded);

        var full = await OkAsync<PagedList<BankMentorDto>>(await Client.GetAsync($"{BankUrl}?hasFreePlaces=false"));
        full.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { PersonId = mentor, CurrentMentees = 2, FreePlaces = 0 }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public async Task Two_curators_drawing_the_last_place_at_once_cannot_both_succeed()
    {
        var mentor = await TrainedTeacher(_schoolB, "Опытнова");
        var (a1, a2) = (await Given.Person(_schoolA, PersonCategory.Teacher, "Первая"), await Given.Person(_schoolA, PersonCategory.Teacher, "Вторая"));
        var b1 = await Given.Person(_schoolB, PersonCategory.Teacher, "Третья");
        var programmeA = await ProgrammeAtStage5(_schoolA, await Given.Person(_schoolA, PersonCategory.Teacher, "Своя"), a1, a2);
        var programmeB = await ProgrammeAtStage5(_schoolB, await Given.Person(_schoolB, PersonCategory.Teacher, "Своя Б"), b1);
        AsMunicipalCoordinator(_municipality);
        await OkAsync<BankMentorDto>(await Register(mentor, capacity: 2), HttpStatusCode.Created);
        AsCurator(_schoolA);
        await OkAsync<GroupDto>(await Pair(programmeA, mentor, a1), HttpStatusCode.Created);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = new[] { (programmeA, a2, _schoolA), (programmeB, b1, _schoolB) }.Select(async race =>
        {
            await start.Task;
            return await Pair(race.Item1, mentor, race.Item2, curatorOf: race.Item3);
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(racing);

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        (await ProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.MentorBank.CapacityExceeded);
        var held = await QueryAsync(db => db.GroupMembers.IgnoreQueryFilters().CountAsync(m => m.Role == GroupRole.Mentee && m.LeftAt == null
            && db.GroupMembers.Any(x => x.GroupId == m.GroupId && x.PersonId == mentor && x.Role == GroupRole.Mentor && x.LeftAt == null)));
        held.Should().Be(2);
    }

    [Test]
    public async Task A_curator_of_another_municipality_neither_sees_nor_draws_from_the_bank()
    {
        var mentor = await TrainedTeacher(_schoolB, "Опытнова");
        var region = await Given.Region("39", "Калининградская область");
        var elsewhere = await Given.Municipality(region.Id);
        var otherSchool = (await Given.Organization(elsewhere.Id, "МАОУ СОШ № 7")).Id;
        var stranger = await Given.Person(otherSchool, PersonCategory.Teacher, "Чужова");
        var otherProgramme = await ProgrammeAtStage5(otherSchool, await Given.Person(otherSchool, PersonCategory.Teacher, "Своя"), stranger);
        AsMunicipalCoordinator(_municipality);
        await OkAsync<BankMentorDto>(await Register(mentor, capacity: 2), HttpStatusCode.Created);

        AsCurator(otherSchool);
        await ProblemAsync(await Client.GetAsync(BankUrl), HttpStatusCode.NotFound);
        (await ProblemAsync(await Pair(otherProgramme, mentor, stranger), HttpStatusCode.BadRequest)).ErrorCodes!["members[0].personId"]
            .Should().Equal(ErrorCodes.Group.MentorNotInBank);
        AsMunicipalCoordinator(elsewhere.Id);
        await ProblemAsync(await Client.GetAsync(BankUrl), HttpStatusCode.NotFound);
        await ProblemAsync(await Register(stranger, capacity: 1), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_curator_proposes_only_a_person_of_their_own_school_and_a_person_enters_a_bank_once()
    {
        var own = await TrainedTeacher(_schoolA, "Своя");
        var other = await TrainedTeacher(_schoolB, "Чужая");

        AsCurator(_schoolA);
        (await ProblemAsync(await Register(other, capacity: 1), HttpStatusCode.BadRequest)).ErrorCodes!["personId"].Should().Equal(ErrorCodes.Common.NotFound);
        AsAdministrator();
        var foreignMunicipality = await Given.Municipality((await Given.Region("39", "Калининградская область")).Id);
        var outsider = await TrainedTeacher((await Given.Organization(foreignMunicipality.Id)).Id, "Дальняя");
        (await ProblemAsync(await Register(outsider, capacity: 1), HttpStatusCode.BadRequest)).ErrorCodes!["personId"]
            .Should().Equal(ErrorCodes.MentorBank.PersonOutsideMunicipality);

        AsCurator(_schoolA);
        await OkAsync<BankMentorDto>(await Register(own, capacity: 1), HttpStatusCode.Created);
        (await ProblemAsync(await Register(own, capacity: 1), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.MentorBank.Duplicate);
    }

    [Test]
    public async Task An_untrained_person_enters_the_municipal_bank_only_with_the_reason_of_an_exception()
    {
        var untrained = await Given.Person(_schoolB, PersonCategory.Teacher, "Необученная");
        AsMunicipalCoordinator(_municipality);

        (await ProblemAsync(await Register(untrained, capacity: 1), HttpStatusCode.BadRequest)).ErrorCodes!["trainingExceptionReason"]
            .Should().Equal(ErrorCodes.MentorBank.TrainingRequired);
        (await ProblemAsync(await Register(untrained, capacity: 1, reason: "   "), HttpStatusCode.BadRequest)).ErrorCodes!["trainingExceptionReason"]
            .Should().Equal(ErrorCodes.MentorBank.TrainingRequired);
        (await CountAsync<MunicipalMentor>()).Should().Be(0);

        var entry = await OkAsync<BankMentorDto>(await Register(untrained, capacity: 1, reason: "Победитель регионального конкурса, курс ДПП в феврале"), HttpStatusCode.Created);
        entry.Trained.Should().BeFalse();
        entry.TrainingExceptionReason.Should().Be("Победитель регионального конкурса, курс ДПП в феврале");
    }

    [Test]
    public async Task A_coordinator_takes_an_entry_out_of_the_offer_and_it_is_drawn_into_no_new_pair()
    {
        var mentor = await TrainedTeacher(_schoolB, "Опытнова");
        var newcomer = await Given.Person(_schoolA, PersonCategory.Teacher, "Молодцова");
        var programmeA = await ProgrammeAtStage5(_schoolA, await Given.Person(_schoolA, PersonCategory.Teacher, "Своя"), newcomer);
        AsMunicipalCoordinator(_municipality);
        var entry = await OkAsync<BankMentorDto>(await Register(mentor, capacity: 2), HttpStatusCode.Created);
        var change = new { capacity = 3, competences = new[] { "оценивание" }, isActive = false };

        AsCurator(_schoolA);
        await ProblemAsync(await PutAsync($"{BankUrl}/{entry.Id}", change), HttpStatusCode.Forbidden);
        AsMunicipalCoordinator(_municipality);
        var changed = await OkAsync<BankMentorDto>(await PutAsync($"{BankUrl}/{entry.Id}", change));
        (changed.Capacity, changed.IsActive).Should().Be((3, false));

        AsCurator(_schoolA);
        (await ProblemAsync(await Pair(programmeA, mentor, newcomer), HttpStatusCode.Conflict)).Code.Should().Be(ErrorCodes.MentorBank.Inactive);
    }

    private string BankUrl => $"{Api}/municipalities/{_municipality}/mentor-bank";

    private Task<HttpResponseMessage> Register(Guid personId, int capacity, string? reason = null) => PostAsync(BankUrl, new
    {
        personId, role = "Mentor", capacity, competences = new[] { "Оценивание", "работа с родителями" }, agreedAt = "2024-09-10", trainingExceptionReason = reason,
    });

    /// <summary>A teacher–teacher pair on the deficit «оценивание», in the element «обучение», sent by the current caller or by a curator of <paramref name="curatorOf"/>.</summary>
    private Task<HttpResponseMessage> Pair(Guid programmeId, Guid mentor, Guid mentee, string format = "Network", Guid? curatorOf = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/programmes/{programmeId}/groups")
        {
            Content = JsonContent.Create(new
            {
                form = "TeacherTeacher", format, startedAt = "2024-10-01", teacherElement = "Training", deficit = "Оценивание",
                members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = mentee, role = "Mentee" } },
            }, options: Json),
        };
        if (curatorOf is { } organization)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                TestTokens.Issue(Roles.Curator, [(MentorshipClaims.OrganizationId, organization.ToString())], Factory.Clock.GetUtcNow()));
        }

        return Client.SendAsync(request);
    }

    /// <summary>A teacher with a ДПП course on mentorship on record.</summary>
    private async Task<Guid> TrainedTeacher(Guid organizationId, string lastName)
    {
        var person = await Given.Person(organizationId, PersonCategory.Teacher, lastName);
        await Given.Rows(db => db.Trainings.Add(new Training(person, "ДПП «Наставничество в образовательной организации»", 36, new DateOnly(2024, 5, 20))));
        return person;
    }

    /// <summary>A teacher–teacher programme of the school at stage 5 in the formats one to one and network, with its own trained mentor and the mentees given.</summary>
    private async Task<Guid> ProgrammeAtStage5(Guid school, Guid ownMentor, params Guid[] mentees)
    {
        AsAdministrator();
        var programme = await Given.Programme(school);
        await Given.LaunchConditionsMet(programme.Id, "TeacherTeacher");
        await OkAsync<ProgrammeDto>(await PutAsync($"{Api}/programmes/{programme.Id}/forms", new { forms = new[] { "TeacherTeacher" }, formats = new[] { "OneToOne", "Network" } }));
        await Client.AdvanceAsync(programme.Id);
        var candidate = await Given.AcceptedMentor(programme.Id, ownMentor);
        await Client.AdvanceAsync(programme.Id);
        await Given.MentorInBank(programme.Id, candidate.Id, 5, "оценивание");
        await Client.AdvanceAsync(programme.Id);
        foreach (var mentee in mentees)
        {
            await Given.Mentee(programme.Id, mentee, "оценивание");
        }

        await Client.AdvanceAsync(programme.Id);
        return programme.Id;
    }
}
