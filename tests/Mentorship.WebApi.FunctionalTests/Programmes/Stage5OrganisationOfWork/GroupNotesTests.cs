using System.Net;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetNotes;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>A group's notes keep their visibility.</summary>
public sealed class GroupNotesTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchool() => _school = await Given.School("МБОУ Лицей № 2");

    [Test]
    public async Task Notes_are_seen_only_by_whom_their_visibility_allows()
    {
        var menteePerson = await Given.Person(_school, PersonCategory.Pupil, "Григорьев");
        AsCurator(_school);
        var (programmeId, mentorPerson) = await Given.ProgrammeAtStage5(_school, "PupilPupil", PersonCategory.Pupil, 1, ["математика"], menteePerson);
        var pair = await Given.ConfirmedPair(programmeId, "PupilPupil", mentorPerson, menteePerson);
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

        var stranger = await Given.Person(_school, PersonCategory.Pupil, "Посторонний");
        AsMentee(stranger);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{pair.Id}/notes"), HttpStatusCode.NotFound);
        await ProblemAsync(await Client.GetAsync($"{Api}/groups/{pair.Id}"), HttpStatusCode.NotFound);
    }

    private async Task<IReadOnlyList<string>> NotesAsync(Guid groupId) =>
        (await OkAsync<PagedList<NoteDto>>(await Client.GetAsync($"{Api}/groups/{groupId}/notes"))).Items.Select(n => n.Text).ToList();
}
