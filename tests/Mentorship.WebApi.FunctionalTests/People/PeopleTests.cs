using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People;
using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;
using Mentorship.Application.People.Commands.CreatePerson;
using Mentorship.Application.People.Commands.EndEmployment;
using Mentorship.Application.People.Commands.ErasePerson;
using Mentorship.Application.People.Commands.GiveConsent;
using Mentorship.Application.People.Commands.RevokeConsent;
using Mentorship.Application.People.Commands.UpdatePerson;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Application.People.Queries.GetPeople;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Application.People.Queries.GetPersonRecords;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.People;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class PeopleTests(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    private Guid _school;
    private Guid _otherSchool;

    [SetUp]
    public async Task CreateSchools()
    {
        var (region, municipality) = await CreateTerritoryAsync();
        _school = (await CreateOrganizationAsync(municipality.Id, "Школа № 1")).Id;
        var other = await CreateMunicipalityAsync(region.Id, "Братск");
        _otherSchool = (await CreateOrganizationAsync(other.Id, "Школа Братска")).Id;
    }

    [Test]
    public async Task A_curator_creates_reads_updates_and_lists_people_of_the_own_organisation()
    {
        AsCurator(_school);
        var created = await CreatePupilAsync("Ёлкина", "Анна", grade: 7);
        created.LastName.Should().Be("Ёлкина");
        created.Grade.Should().Be(7);

        var update = await PutAsync($"{Api}/people/{created.Id}", new { organizationId = _school, lastName = "Ёлкина", firstName = "Анна", category = "Pupil", grade = 8, email = "anna@example.ru" });
        update.StatusCode.Should().Be(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        (await ReadAsync<PersonDto>(update)).Should().BeEquivalentTo(new { Grade = 8, Email = "anna@example.ru", Version = 2L });

        await CreatePupilAsync("Иванов", "Пётр");
        var found = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?search=елкина"));
        found.Items.Select(p => p.LastName).Should().Equal("Ёлкина");
        var all = await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people?organizationId={_school}&category=Pupil&pageSize=1"));
        all.TotalCount.Should().Be(2);
        all.Items.Should().HaveCount(1);
    }

    [Test]
    public async Task People_of_another_organisation_are_not_found_and_cannot_be_changed()
    {
        AsCurator(_otherSchool);
        var stranger = await CreatePupilAsync("Сидоров", "Олег", organizationId: _otherSchool);
        AsCurator(_school);

        await ProblemAsync(await Client.GetAsync($"{Api}/people/{stranger.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PutAsync($"{Api}/people/{stranger.Id}", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Pupil" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.DeleteAsync($"{Api}/people/{stranger.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/people/{stranger.Id}/consents", new { givenBy = "Self", purpose = "x" }), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{stranger.Id}/participations"), HttpStatusCode.NotFound);
        (await ReadAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people"))).TotalCount.Should().Be(0);

        AsAdministrator();
        (await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{stranger.Id}"))).LastName.Should().Be("Сидоров");
    }

    [Test]
    public async Task A_body_cannot_put_a_person_in_an_organisation_outside_the_callers_scope()
    {
        AsCurator(_school);

        var response = await PostAsync($"{Api}/people", new { organizationId = _otherSchool, lastName = "Х", firstName = "Y", category = "Teacher" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("organizationId");
        AsAdministrator();
        (await CountAsync<Person>()).Should().Be(0);
    }

    [Test]
    public async Task A_body_with_a_field_the_api_does_not_take_is_refused()
    {
        AsCurator(_school);

        var response = await PostAsync($"{Api}/people", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Teacher", role = "Administrator" });

        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("role");
    }

    [Test]
    public async Task An_analyst_and_a_mentor_of_another_record_see_no_personal_data()
    {
        AsCurator(_school);
        var pupil = await CreatePupilAsync("Петров", "Илья");
        var region = (await ReadAsync<Application.Territory.Organizations.Queries.GetOrganization.OrganizationDto>(await Client.GetAsync($"{Api}/organizations/{_school}"))).RegionId;

        AsAnalyst(region);
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{pupil.Id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await Client.GetAsync($"{Api}/people"), HttpStatusCode.Forbidden);

        AsMentor(Guid.NewGuid());
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{pupil.Id}"), HttpStatusCode.NotFound);

        AsMentee(pupil.Id);
        (await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{pupil.Id}"))).LastName.Should().Be("Петров");
        await ProblemAsync(await PutAsync($"{Api}/people/{pupil.Id}", new { organizationId = _school, lastName = "Х", firstName = "Y", category = "Pupil" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_pupil_without_consent_cannot_join_a_group_and_one_with_consent_can()
    {
        AsCurator(_school);
        var mentor = await CreatePupilAsync("Старший", "Ученик", grade: 10);
        var mentee = await CreatePupilAsync("Младший", "Ученик", grade: 6);
        await GiveConsentAsync(mentor.Id);

        var refusal = await SeedGroupAsync(mentor.Id, mentee.Id);
        refusal.Should().BeAssignableTo<DomainException>().Which.Field.Should().Be("personId");

        await GiveConsentAsync(mentee.Id, "LegalRepresentative", "Младшая Мама");
        (await SeedGroupAsync(mentor.Id, mentee.Id)).Should().BeNull();
    }

    [Test]
    public async Task Revoking_the_consent_ends_the_persons_active_participations_with_the_reason()
    {
        AsCurator(_school);
        var (mentor, mentee, consent) = await PairWithConsentsAsync();

        var revoke = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        (await ReadAsync<ConsentDto>(revoke)).IsActive.Should().BeFalse();
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Role = GroupRole.Mentee, LeaveReason = MentoringGroup.ConsentRevokedReason, LeftAt = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime) });
        var mentorHistory = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentor.Id}/participations"));
        mentorHistory.Single().LeftAt.Should().BeNull();
        await ProblemAsync(await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Revoking_one_of_two_consents_keeps_the_participations()
    {
        AsCurator(_school);
        var (_, mentee, first) = await PairWithConsentsAsync();
        await GiveConsentAsync(mentee.Id, "LegalRepresentative", "Младший Папа");

        var revoke = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{first.Id}/revoke", null);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Single().LeftAt.Should().BeNull("the other consent is still active");
    }

    [Test]
    public async Task A_revocation_whose_participations_cannot_be_ended_is_undone_whole()
    {
        AsCurator(_school);
        var (_, mentee, consent) = await PairWithConsentsAsync();

        // The consent is written first; the database then refuses to end the participation.
        await using (await Factory.Database.RefuseAsync("UPDATE", "GroupMembers"))
        {
            await ProblemAsync(await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null), HttpStatusCode.InternalServerError);
        }

        (await ReadAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/consents"))).Single().IsActive.Should().BeTrue();
        (await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"))).Single().LeftAt.Should().BeNull();

        var retry = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null);
        retry.StatusCode.Should().Be(HttpStatusCode.OK, await retry.Content.ReadAsStringAsync());
        (await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"))).Single().LeaveReason.Should().Be(MentoringGroup.ConsentRevokedReason);
    }

    [Test]
    public async Task Erasure_anonymises_the_person_and_keeps_the_record()
    {
        AsCurator(_school);
        var (_, mentee, _) = await PairWithConsentsAsync();

        var erase = await Client.DeleteAsync($"{Api}/people/{mentee.Id}");

        erase.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var erased = await ReadAsync<PersonDto>(await Client.GetAsync($"{Api}/people/{mentee.Id}"));
        erased.Should().BeEquivalentTo(new { IsAnonymised = true, LastName = "", FirstName = "", MiddleName = (string?)null, BirthDate = (DateOnly?)null, Email = (string?)null, Category = PersonCategory.Pupil, Grade = 6 });
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Single().LeftAt.Should().NotBeNull();
        (await ReadAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/consents"))).Should().OnlyContain(c => !c.IsActive && c.RepresentativeName == null);
        await ProblemAsync(await PutAsync($"{Api}/people/{mentee.Id}", new { organizationId = _school, lastName = "Снова", firstName = "Я", category = "Pupil" }), HttpStatusCode.Conflict);
        (await CountAsync<Person>()).Should().Be(2);
    }

    [Test]
    public async Task Employment_and_activity_records_are_kept_for_the_criteria()
    {
        AsCurator(_school);
        var teacher = await ReadAsync<PersonDto>(await PostAsync($"{Api}/people", new { organizationId = _school, lastName = "Учителева", firstName = "Ольга", category = "Teacher" }));

        (await PostAsync($"{Api}/people/{teacher.Id}/employments", new { organizationId = _school, hiredAt = "2021-09-01", experienceYearsAtHire = 0.5 })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/contests", new { year = 2024, level = "Municipal", kind = "ProfessionalContest", name = "Учитель года" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/publications", new { kind = "Article", level = "Regional", title = "Наставничество в школе", date = "2024-03-01" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await PostAsync($"{Api}/people/{teacher.Id}/trainings", new { name = "ДПП «Наставничество»", hours = 36, completedAt = "2024-05-20" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var badTraining = await PostAsync($"{Api}/people/{teacher.Id}/trainings", new { name = "ДПП", hours = 0, completedAt = "2024-05-20" });
        (await ProblemAsync(badTraining, HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("hours");

        var records = await ReadAsync<PersonRecordsDto>(await Client.GetAsync($"{Api}/people/{teacher.Id}/records"));
        records.Employments.Single().IsYoungSpecialist.Should().BeTrue();
        records.Contests.Single().Level.Should().Be(ActivityLevel.Municipal);
        records.Publications.Should().ContainSingle();
        records.Trainings.Single().Hours.Should().Be(36);
    }

    private async Task<PersonDto> CreatePupilAsync(string lastName, string firstName, int grade = 7, Guid? organizationId = null)
    {
        var response = await PostAsync($"{Api}/people", new { organizationId = organizationId ?? _school, lastName, firstName, category = "Pupil", grade, birthDate = "2011-04-12" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<PersonDto>(response);
    }

    private async Task<ConsentDto> GiveConsentAsync(Guid personId, string givenBy = "Self", string? representativeName = null)
    {
        var response = await PostAsync($"{Api}/people/{personId}/consents", new { givenBy, representativeName, purpose = "Участие в программе наставничества", documentReference = "№ 12" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadAsync<ConsentDto>(response);
    }

    /// <summary>A pupil–pupil pair of a mentor and a mentee, each with a consent (the mentee's by a representative).</summary>
    private async Task<(PersonDto Mentor, PersonDto Mentee, ConsentDto MenteeConsent)> PairWithConsentsAsync()
    {
        var mentor = await CreatePupilAsync("Старший", "Ученик", grade: 10);
        var mentee = await CreatePupilAsync("Младший", "Ученик", grade: 6);
        await GiveConsentAsync(mentor.Id);
        var consent = await GiveConsentAsync(mentee.Id, "LegalRepresentative", "Младшая Мама");
        (await SeedGroupAsync(mentor.Id, mentee.Id)).Should().BeNull();
        return (mentor, mentee, consent);
    }

    /// <summary>Puts a pupil–pupil pair together through the domain (the stage-5 API is another feature); returns the refusal, if any.</summary>
    private async Task<DomainException?> SeedGroupAsync(Guid mentorId, Guid menteeId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.OrganizationId == _school) ?? new Programme(_school, "Программа наставничества", new AcademicYear(2024));
        if (db.Entry(programme).State == EntityState.Detached)
        {
            db.Programmes.Add(programme);
        }

        var group = new MentoringGroup(programme.Id, MentoringForm.PupilPupil, MentoringFormat.OneToOne, new DateOnly(2024, 9, 15));
        var now = Factory.Clock.GetUtcNow();
        try
        {
            group.AddMember(await db.People.Include(p => p.Consents).SingleAsync(p => p.Id == mentorId), GroupRole.Mentor, group.StartedAt, now);
            group.AddMember(await db.People.Include(p => p.Consents).SingleAsync(p => p.Id == menteeId), GroupRole.Mentee, group.StartedAt, now);
        }
        catch (DomainException refusal)
        {
            return refusal;
        }

        db.MentoringGroups.Add(group);
        await db.SaveChangesAsync();
        return null;
    }
}
