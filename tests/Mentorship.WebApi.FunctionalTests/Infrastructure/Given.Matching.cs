using System.Net.Http.Json;
using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.People;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>A programme at stage 5 whose mentees wait for matching.</summary>
/// <param name="Colleague">A teacher asking for «математика».</param>
/// <param name="Newcomer">Another teacher asking for «математика».</param>
/// <param name="Pupil">A pupil asking for «математика».</param>
public sealed record WaitingProgramme(Guid ProgrammeId, Guid MentorPersonId, Guid Colleague, Guid Newcomer, Guid Pupil);

public sealed partial class Given
{
    /// <summary>
    /// A programme at stage 5 with two forms (учитель–ученик, учитель–учитель), one teacher mentor with two places and three
    /// mentees (two teachers, a pupil) asking for «математика»: a matching proposes two pairs and leaves one mentee.
    /// Set up as the curator of <paramref name="school"/>, who must be the caller.
    /// </summary>
    public async Task<WaitingProgramme> ProgrammeWaitingForMatching(Guid school)
    {
        var colleague = await Person(school, PersonCategory.Teacher, "Алексеева");
        var newcomer = await Person(school, PersonCategory.Teacher, "Белов");
        var pupil = await Person(school, PersonCategory.Pupil, "Воронцов");
        var programme = await Programme(school);
        await LaunchConditionsMet(programme.Id, "TeacherPupil");
        await HttpResults.OkAsync<ProgrammeDto>(await client.PutAsJsonAsync($"/api/v1/programmes/{programme.Id}/forms",
            new { forms = new[] { "TeacherPupil", "TeacherTeacher" }, formats = new[] { "OneToOne", "Group" } }, HttpResults.Json));
        await client.AdvanceAsync(programme.Id);
        var mentorPerson = await Person(school, PersonCategory.Teacher, "Наставник");
        var candidate = await AcceptedMentor(programme.Id, mentorPerson);
        await client.AdvanceAsync(programme.Id);
        await MentorInBank(programme.Id, candidate.Id, 2, "математика");
        await client.AdvanceAsync(programme.Id);
        foreach (var mentee in new[] { colleague, newcomer, pupil })
        {
            await Mentee(programme.Id, mentee, "математика");
        }

        await client.AdvanceAsync(programme.Id);
        return new WaitingProgramme(programme.Id, mentorPerson, colleague, newcomer, pupil);
    }
}
