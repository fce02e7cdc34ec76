using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Queries.GetProgrammes;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.WebApi.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>
/// Object-level scope of writes and of person-role callers (DESIGN.md §5): staff of another region do not reach a
/// programme's publication; pupils, mentors and mentees see their own records and their own programme; a member who
/// left a group loses it.
/// </summary>
public sealed class OwnRecordsScopeTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _irkutsk;
    private Guid _school;
    private Guid _foreignSchool;

    [SetUp]
    public async Task CreateTwoRegions()
    {
        _irkutsk = (await Given.Region("38", "Иркутская область")).Id;
        _school = (await Given.Organization((await Given.Municipality(_irkutsk, "Ангарск")).Id, "Школа Ангарска")).Id;
        var kuban = (await Given.Region("23", "Краснодарский край")).Id;
        _foreignSchool = (await Given.Organization((await Given.Municipality(kuban, "Армавир")).Id, "Школа Армавира")).Id;
    }

    [Test]
    public async Task Staff_of_another_region_neither_publish_nor_unpublish_a_programme_or_its_cases()
    {
        var programme = await Given.PublicProgramme(_foreignSchool, "Чужая программа");
        var published = await Given.SuccessCase(programme, "Опубликованный кейс");
        var draft = await Given.SuccessCase(programme, "Черновик кейса", published: false);

        foreach (var act in new Action[] { () => AsRegionalCoordinator(_irkutsk), () => AsCurator(_school) })
        {
            act();
            await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/cases/{draft}/publish", null), HttpStatusCode.NotFound);
            await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/cases/{published}/unpublish", null), HttpStatusCode.NotFound);
            await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/unpublish", null), HttpStatusCode.NotFound);
            await ProblemAsync(await Client.PostAsync($"{Api}/programmes/{programme}/publish", null), HttpStatusCode.NotFound);
        }

        var cases = await QueryAsync(db => db.SuccessCases.IgnoreQueryFilters().OrderBy(c => c.Title).Select(c => new { c.Title, c.IsPublished }).ToListAsync());
        cases.Should().Equal(new { Title = "Опубликованный кейс", IsPublished = true }, new { Title = "Черновик кейса", IsPublished = false });
        (await QueryAsync(db => db.Programmes.IgnoreQueryFilters().SingleAsync())).IsPublished.Should().BeTrue();
    }

    [TestCase(Roles.Mentee)]
    [TestCase(Roles.Mentor)]
    public async Task A_pupil_token_with_an_organisation_sees_only_the_own_person(string role)
    {
        var pupil = await Given.Person(_school, PersonCategory.Pupil, "Сам");
        var classmate = await Given.Person(_school, PersonCategory.Pupil, "Одноклассник");
        await Given.Person(_school, PersonCategory.Teacher, "Учитель");

        As(role, (MentorshipClaims.PersonId, pupil.ToString()), (MentorshipClaims.OrganizationId, _school.ToString()), (MentorshipClaims.RegionId, _irkutsk.ToString()));

        var people = await OkAsync<PagedList<PersonDto>>(await Client.GetAsync($"{Api}/people"));
        people.Items.Select(p => p.Id).Should().Equal(pupil);
        await ProblemAsync(await Client.GetAsync($"{Api}/people/{classmate}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/organizations/{_school}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_mentor_and_a_mentee_read_their_own_programme_only()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Наставляемый");
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentee);
        var other = await Given.Programme(_school, "Другая программа");

        foreach (var person in new[] { mentor, mentee })
        {
            As(Roles.Mentee, (MentorshipClaims.PersonId, person.ToString()));
            (await OkAsync<ProgrammeDto>(await Client.GetAsync($"{Api}/programmes/{programmeId}"))).Id.Should().Be(programmeId);
            await ProblemAsync(await Client.GetAsync($"{Api}/programmes/{other.Id}"), HttpStatusCode.NotFound);
        }

        AsMentor(mentor);
        (await OkAsync<ProgrammeDto>(await Client.GetAsync($"{Api}/programmes/{programmeId}"))).OrganizationName.Should().Be("Школа Ангарска");
    }

    [Test]
    public async Task A_mentor_and_a_mentee_find_their_own_programme_in_the_list_only()
    {
        var mentee = await Given.Person(_school, PersonCategory.Pupil, "Наставляемый");
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], mentee);
        await Given.Programme(_school, "Другая программа");

        foreach (var person in new[] { mentor, mentee })
        {
            As(Roles.Mentee, (MentorshipClaims.PersonId, person.ToString()));
            var page = await OkAsync<PagedList<ProgrammeSummaryDto>>(await Client.GetAsync($"{Api}/programmes"));
            page.TotalCount.Should().Be(1);
            page.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = programmeId, OrganizationName = "Школа Ангарска" }, o => o.ExcludingMissingMembers());
        }
    }

    [Test]
    public async Task A_member_who_left_a_group_loses_its_notes_and_records()
    {
        var mentees = new[] { await Given.Person(_school, PersonCategory.Pupil, "Остаётся"), await Given.Person(_school, PersonCategory.Pupil, "Ушёл") };
        AsCurator(_school);
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 2, ["математика"], mentees);
        var group = await Given.Group(programmeId, mentor, mentees, new DateOnly(2024, 10, 1));
        AsMentee(mentees[1]);
        await OkAsync<NoteDto>(await PostAsync($"{Api}/groups/{group}/notes", new { visibility = "SharedWithPair", text = "Пока я в группе" }), HttpStatusCode.Created);

        await Given.Rows(async db =>
        {
            var g = await db.MentoringGroups.Include(x => x.Members).SingleAsync(x => x.Id == group);
            g.RemoveMember(mentees[1], new DateOnly(2024, 11, 1), "переведён в другую школу");
        });

        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{group}"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{group}/notes"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{group}/meetings"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{group}/goals"), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/groups/{group}/notes", new { visibility = "SharedWithPair", text = "Уже не в группе" }), HttpStatusCode.NotFound);
        await ProblemAsync(await PostAsync($"{Api}/groups/{group}/goals", new { menteePersonId = mentees[1], text = "Цель после ухода" }), HttpStatusCode.NotFound);

        AsMentee(mentees[0]);
        (await OkAsync<PagedList<NoteDto>>(await Client.GetAsync($"{Api}/groups/{group}/notes"))).Items.Select(n => n.Text).Should().Equal("Пока я в группе");
        (await CountAsync<Note>()).Should().Be(1);
        (await CountAsync<Goal>()).Should().Be(0);
    }
}
