using System.Net;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// What a form asks of a pair beyond the categories (seeds 000 and 001): the orphan form takes pupils of an
/// organisation for orphans, the ОВЗ forms children with the ОВЗ status, and a teacher–teacher pair names the element
/// of the teacher model and the deficit it addresses (refused on any other form), shown on the pair and in the export.
/// </summary>
public sealed class FormConditionsTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _municipality;

    [SetUp]
    public async Task CreateTerritory() => _municipality = (await Given.Territory()).Municipality.Id;

    [Test]
    public async Task The_orphan_form_takes_only_pupils_of_an_organisation_for_orphans()
    {
        var school = (await Given.Organization(_municipality, "МБОУ СОШ № 3")).Id;
        var orphanage = (await Given.Organization(_municipality, "ОГКУ «Центр помощи детям»", kind: "OrphanCareOrganization")).Id;
        var pupil = await Given.Person(school, PersonCategory.Pupil, "Школьникова", birthDate: new DateOnly(2011, 3, 4));
        var ward = await Given.Person(orphanage, PersonCategory.Pupil, "Воспитанникова", birthDate: new DateOnly(2011, 3, 4));
        var (schoolProgramme, schoolVolunteer) = await Given.ProgrammeAtStage5(school, "VolunteerOrphan", PersonCategory.NgoVolunteer, 2, ["адаптация"], pupil);
        var (orphanageProgramme, orphanageVolunteer) = await Given.ProgrammeAtStage5(orphanage, "VolunteerOrphan", PersonCategory.NgoVolunteer, 2, ["адаптация"], ward);

        AsCurator(school);
        var refused = await ProblemAsync(await Pair(schoolProgramme, "VolunteerOrphan", schoolVolunteer, pupil), HttpStatusCode.BadRequest);
        refused.ErrorCodes!["members[1].personId"].Should().Equal(ErrorCodes.PairRules.FormForOrphans);

        AsCurator(orphanage);
        (await OkAsync<GroupDto>(await Pair(orphanageProgramme, "VolunteerOrphan", orphanageVolunteer, ward), HttpStatusCode.Created)).Form.Should().Be(MentoringForm.VolunteerOrphan);

        // A pupil of the school who is also a ward of the organisation for orphans (an affiliation there) fits the form.
        await QueryAsync(async db =>
        {
            var person = await db.People.IgnoreQueryFilters().Include(p => p.Affiliations).SingleAsync(p => p.Id == pupil);
            person.Affiliate(orphanage, PersonCategory.Pupil, new DateOnly(2024, 9, 1));
            return await db.SaveChangesAsync();
        });
        AsCurator(school);
        (await OkAsync<GroupDto>(await Pair(schoolProgramme, "VolunteerOrphan", schoolVolunteer, pupil), HttpStatusCode.Created)).Form.Should().Be(MentoringForm.VolunteerOrphan);
    }

    [TestCase("TeacherSpecialNeedsChild", PersonCategory.Teacher)]
    [TestCase("VolunteerSpecialNeedsChild", PersonCategory.NgoVolunteer)]
    public async Task An_ovz_form_takes_only_children_with_the_ovz_status(string form, PersonCategory mentorCategory)
    {
        var school = (await Given.Organization(_municipality, "МБОУ СОШ № 4")).Id;
        var without = await Given.Person(school, PersonCategory.Pupil, "Безовз", birthDate: new DateOnly(2012, 1, 2));
        var with = await Given.Person(school, PersonCategory.Pupil, "Совз", specialNeeds: true, birthDate: new DateOnly(2012, 1, 2));
        var (programme, mentor) = await Given.ProgrammeAtStage5(school, form, mentorCategory, 2, ["чтение"], without, with);

        AsCurator(school);
        var refused = await ProblemAsync(await Pair(programme, form, mentor, without), HttpStatusCode.BadRequest);
        refused.ErrorCodes!["members[1].personId"].Should().Equal(ErrorCodes.Group.FormForSpecialNeeds);
        await OkAsync<GroupDto>(await Pair(programme, form, mentor, with), HttpStatusCode.Created);
    }

    [Test]
    public async Task A_teacher_pair_names_its_element_and_deficit_and_the_export_shows_them()
    {
        var school = (await Given.Organization(_municipality, "МБОУ СОШ № 5")).Id;
        var newcomer = await Given.Person(school, PersonCategory.Teacher, "Новикова");
        var (programme, mentor) = await Given.ProgrammeAtStage5(school, "TeacherTeacher", PersonCategory.Teacher, 2, ["оценивание"], newcomer);
        AsCurator(school);

        (await ProblemAsync(await Pair(programme, "TeacherTeacher", mentor, newcomer, deficit: "оценивание"), HttpStatusCode.BadRequest))
            .ErrorCodes!["teacherElement"].Should().Equal(ErrorCodes.PairRules.TeacherElementRequired);
        (await ProblemAsync(await Pair(programme, "TeacherTeacher", mentor, newcomer, element: "Support"), HttpStatusCode.BadRequest))
            .ErrorCodes!["deficit"].Should().Equal(ErrorCodes.PairRules.TeacherDeficitRequired);
        var pair = await OkAsync<GroupDto>(await Pair(programme, "TeacherTeacher", mentor, newcomer, element: "Support", deficit: "Формирующее оценивание"), HttpStatusCode.Created);

        var read = await OkAsync<GroupDto>(await Client.GetAsync($"{Api}/groups/{pair.Id}"));
        (read.TeacherElement, read.Deficit).Should().Be((TeacherModelElement.Support, "формирующее оценивание"));
        AsMunicipalCoordinator(_municipality);
        var csv = await Client.GetStringAsync($"{Api}/exports/pairs?municipalityId={_municipality}&year=2024");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().EndWith("Элемент модели;Дефицит");
        lines.Skip(1).Should().HaveCount(2).And.OnlyContain(l => l.EndsWith(";Сопровождение;формирующее оценивание", StringComparison.Ordinal));
        csv.Should().NotContain("Новикова");
    }

    [Test]
    public async Task A_pair_of_another_form_is_refused_a_teacher_element_or_deficit()
    {
        var school = (await Given.Organization(_municipality, "МБОУ СОШ № 6")).Id;
        var pupil = await Given.Person(school, PersonCategory.Pupil, "Ученикова", birthDate: new DateOnly(2011, 5, 6));
        var (programme, mentor) = await Given.ProgrammeAtStage5(school, "TeacherPupil", PersonCategory.Teacher, 2, ["математика"], pupil);
        AsCurator(school);

        (await ProblemAsync(await Pair(programme, "TeacherPupil", mentor, pupil, element: "Adaptation"), HttpStatusCode.BadRequest))
            .ErrorCodes!["teacherElement"].Should().Equal(ErrorCodes.PairRules.TeacherModelOnlyForTeachers);
        (await ProblemAsync(await Pair(programme, "TeacherPupil", mentor, pupil, deficit: "математика"), HttpStatusCode.BadRequest))
            .ErrorCodes!["deficit"].Should().Equal(ErrorCodes.PairRules.TeacherModelOnlyForTeachers);
        (await OkAsync<GroupDto>(await Pair(programme, "TeacherPupil", mentor, pupil), HttpStatusCode.Created)).TeacherElement.Should().BeNull();
    }

    private Task<HttpResponseMessage> Pair(Guid programmeId, string form, Guid mentor, Guid mentee, string? element = null, string? deficit = null) =>
        PostAsync($"{Api}/programmes/{programmeId}/groups", new
        {
            form, format = "OneToOne", startedAt = "2024-10-01", teacherElement = element, deficit,
            members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = mentee, role = "Mentee" } },
        });
}
