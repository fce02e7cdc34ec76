using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Fuzzing;

/// <summary>
/// The records the fuzzer's requests name, so that a request reaches its handler and the rules behind it: a region,
/// a municipality and a school, people with consents, a programme at stage 5 with a mentor, mentees and pairs, and
/// the records around them. Operations that end or remove a record (erase a person, archive a school, revoke a key,
/// end a pair, delete a roadmap, move a programme's stage) get records of their own, so that the rest keep reaching
/// their handlers after one of them succeeded.
/// </summary>
public sealed class FuzzWorld
{
    /// <summary>Which record an operation gets instead of the shared one: its own if it destroys or moves state, a teacher for a teacher's records.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Victims = new()
    {
        ["AddEmployment"] = new() { ["person"] = "teacher" },
        ["EndEmployment"] = new() { ["person"] = "teacher" },
        ["AddTraining"] = new() { ["person"] = "teacher" },
        ["AddPublication"] = new() { ["person"] = "teacher" },
        ["AddContestParticipation"] = new() { ["person"] = "teacher" },
        ["ErasePerson"] = new() { ["person"] = "victimPerson" },
        ["RevokeConsent"] = new() { ["person"] = "victimPerson", ["consent"] = "victimConsent" },
        ["ArchiveOrganization"] = new() { ["organization"] = "victimOrganization" },
        ["RevokeApiKey"] = new() { ["apiKey"] = "victimApiKey" },
        ["EndGroup"] = new() { ["group"] = "victimGroup" },
        ["RematchMentee"] = new() { ["group"] = "victimGroup", ["menteePerson"] = "victimMenteePerson" },
        ["DeleteRoadmap"] = new() { ["roadmap"] = "victimRoadmap" },
        ["AdvanceProgrammeStage"] = new() { ["programme"] = "victimProgramme" },
        ["ReturnProgrammeStage"] = new() { ["programme"] = "victimProgramme" },
        ["CloseProgramme"] = new() { ["programme"] = "victimProgramme" },
    };

    private FuzzWorld(Dictionary<string, Guid> ids, string apiKey)
    {
        Ids = ids;
        ApiKey = apiKey;
    }

    public Dictionary<string, Guid> Ids { get; }

    /// <summary>The secret of the school system's key that the integration operations are sent with.</summary>
    public string ApiKey { get; }

    public Guid MentorPerson => Ids["mentorPerson"];

    /// <summary>The id a request of <paramref name="operationId"/> names for <paramref name="key"/>; an unknown id when the world has none.</summary>
    public static Guid Id(Dictionary<string, Guid> ids, string operationId, string key)
    {
        if (Victims.TryGetValue(operationId, out var own) && own.TryGetValue(key, out var victim))
        {
            key = victim;
        }

        return ids.TryGetValue(key, out var id) ? id : Guid.CreateVersion7();
    }

    /// <summary>Seeds the world as an administrator; <paramref name="sendBaseline"/> creates what has no builder by the operation's own baseline.</summary>
    public static async Task<FuzzWorld> SeedAsync(Given given, MentorshipFactory factory, Func<string, Dictionary<string, Guid>, Task> sendBaseline)
    {
        var (region, municipality) = await given.Territory();
        var school = (await given.Organization(municipality.Id, "МБОУ СОШ № 1")).Id;
        var otherSchool = (await given.Organization(municipality.Id, "МБОУ СОШ № 2")).Id;
        var mentees = new[] { await given.Person(school, PersonCategory.Pupil, "Первый"), await given.Person(school, PersonCategory.Pupil, "Второй") };
        var teacher = await given.Person(school, PersonCategory.Teacher, "Учитель");
        var victimPerson = await given.Person(school, PersonCategory.Pupil, "Выбывший");
        var (programme, mentor) = await given.ProgrammeAtStage5(school, "PupilPupil", PersonCategory.Pupil, 3, ["математика"], mentees);
        var group = await given.ConfirmedPair(programme, "PupilPupil", mentor, mentees[0]);
        var victimGroup = await given.ConfirmedPair(programme, "PupilPupil", mentor, mentees[1]);
        var victimProgramme = await given.Programme(school, "Программа, которую двигают по этапам");
        var successCase = await given.SuccessCase(programme, "Кейс пары", published: false);
        var key = await given.ApiKey(school);
        var victimKey = await given.ApiKey(school);
        var ids = new Dictionary<string, Guid>
        {
            ["region"] = region.Id, ["municipality"] = municipality.Id, ["organization"] = school, ["victimOrganization"] = otherSchool,
            ["person"] = mentees[0], ["menteePerson"] = mentees[0], ["victimMenteePerson"] = mentees[1], ["mentorPerson"] = mentor,
            ["teacher"] = teacher, ["victimPerson"] = victimPerson, ["programme"] = programme, ["victimProgramme"] = victimProgramme.Id,
            ["group"] = group.Id, ["victimGroup"] = victimGroup.Id, ["case"] = successCase, ["apiKey"] = key.ApiKey.Id, ["victimApiKey"] = victimKey.ApiKey.Id,
        };

        // What no builder makes is made by the operation's own baseline request, in the order the records depend on each other.
        foreach (var round in new[] { new[] { "AddTeamMember", "AddGoal", "CreateSurveyTemplate", "CreateRoadmap", "CreateRoadmap", "AddEmployment" }, ["AddRoadmapItem"] })
        {
            foreach (var operationId in round)
            {
                await sendBaseline(operationId, ids);
            }

            await ReadIdsAsync(factory, ids, victimPerson);
        }

        return new FuzzWorld(ids, key.Key);
    }

    private static async Task ReadIdsAsync(MentorshipFactory factory, Dictionary<string, Guid> ids, Guid victimPerson)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        async Task Put(string key, IQueryable<Guid> query, bool last = false)
        {
            var found = await (last ? query.OrderByDescending(id => id) : query.OrderBy(id => id)).FirstOrDefaultAsync();
            if (found != Guid.Empty)
            {
                ids[key] = found;
            }
        }

        await Put("candidate", db.MentorCandidates.Select(c => c.Id));
        await Put("training", db.MentorTrainings.Select(t => t.Id));
        await Put("mentor", db.Mentors.Select(m => m.Id));
        await Put("mentee", db.Mentees.Select(m => m.Id));
        await Put("request", db.MenteeRequests.Select(r => r.Id));
        await Put("consent", db.Consents.Where(c => c.PersonId == ids["person"]).Select(c => c.Id));
        await Put("victimConsent", db.Consents.Where(c => c.PersonId == victimPerson).Select(c => c.Id));
        await Put("task", db.ProgrammeTasks.Select(t => t.Id));
        await Put("document", db.NormativeDocuments.Select(d => d.Id));
        await Put("teamMember", db.TeamMembers.Select(t => t.Id));
        await Put("goal", db.Goals.Select(g => g.Id));
        await Put("survey", db.SurveyTemplates.Select(s => s.Id));
        await Put("question", db.SurveyQuestions.Select(q => q.Id));
        await Put("option", db.SurveyQuestionOptions.Select(o => o.Id));
        await Put("roadmap", db.Roadmaps.Select(r => r.Id));
        await Put("victimRoadmap", db.Roadmaps.Select(r => r.Id), last: true);
        await Put("roadmapItem", db.RoadmapItems.Select(i => i.Id));
        await Put("employment", db.Employments.Select(e => e.Id));
    }
}
