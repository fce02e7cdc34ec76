using Mentorship.Application.Programmes;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Application.Programmes.Stage2MentorSelection;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Application.Programmes.Stage3MentorBank;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Application.Programmes.Stage4MenteeBank;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>A programme as the curator builds it, stage by stage, through the programme API.</summary>
public sealed partial class Given
{
    public Task<ProgrammeDto> Programme(Guid organizationId, string title = "Программа наставничества «Вместе к успеху»", int startYear = 2024) =>
        CreatedAsync<ProgrammeDto>($"{Api}/programmes", new { organizationId, title, startYear = new Domain.Common.AcademicYear(startYear).ToString() });

    /// <summary>Stage 1: forms and formats, curator, a task and the normative documents.</summary>
    public async Task LaunchConditionsMet(Guid programmeId, string form, Guid? curatorPersonId = null)
    {
        await OkAsync<ProgrammeDto>(PutAsync($"{Api}/programmes/{programmeId}/forms", new { forms = new[] { form }, formats = new[] { "OneToOne", "Group" } }));
        await OkAsync<ProgrammeDto>(PutAsync($"{Api}/programmes/{programmeId}/curator", new { personId = curatorPersonId, fullName = curatorPersonId is null ? "Петрова Анна Ивановна" : null, position = "Заместитель директора по ВР" }));
        await OkAsync<ProgrammeDto>(PostAsync($"{Api}/programmes/{programmeId}/tasks", new { text = "Повысить успеваемость по математике", expectedResult = "Рост среднего балла" }));
        foreach (var (kind, title) in new[]
                 {
                     ("IntroductionOrder", "О внедрении целевой модели наставничества"), ("PedagogicalCouncilMinutes", "Протокол педсовета"),
                     ("ImplementationPlan", "Дорожная карта"), ("Regulation", "Положение о наставничестве"), ("CuratorOrder", "О назначении куратора"),
                 })
        {
            await OkAsync<ProgrammeDto>(PostAsync($"{Api}/programmes/{programmeId}/documents", new { kind, number = "12-од", date = "2024-09-02", title }));
        }
    }

    /// <summary>Stage 2: a candidate scored, accepted and trained.</summary>
    public async Task<MentorCandidateDto> AcceptedMentor(Guid programmeId, Guid personId, bool trained = true)
    {
        var candidate = await CreatedAsync<MentorCandidateDto>($"{Api}/programmes/{programmeId}/mentor-candidates", new { personId });
        var url = $"{Api}/programmes/{programmeId}/mentor-candidates/{candidate.Id}";
        await OkAsync<MentorCandidateDto>(PutAsync($"{url}/scores", new
        {
            willingness = 5, professionalExperience = 4, competencesAndCommunication = 5, timeResource = 3,
            positiveExperience = 4, matchToRequests = 5, civicPosition = 4, motivation = 5,
        }));
        await OkAsync<MentorCandidateDto>(PostAsync($"{url}/decision", new { decision = "Accepted", comment = "Рекомендован педсоветом" }));
        return await OkAsync<MentorCandidateDto>(PostAsync($"{url}/trainings", new { name = "Школа наставника", hours = 16, completedAt = trained ? "2024-09-20" : null }));
    }

    /// <summary>Stage 3: an accepted candidate in the mentor bank.</summary>
    public Task<MentorDto> MentorInBank(Guid programmeId, Guid candidateId, int capacity, params string[] competences) =>
        CreatedAsync<MentorDto>($"{Api}/programmes/{programmeId}/mentors", new { candidateId, capacity, source = "Teacher", competences });

    /// <summary>Stage 4: a mentee in the bank, with one request of the tags given (none without tags).</summary>
    public Task<MenteeDto> Mentee(Guid programmeId, Guid personId, params string[] tags) =>
        CreatedAsync<MenteeDto>($"{Api}/programmes/{programmeId}/mentees", new
        {
            personId,
            dataChannel = "ClassTeacher",
            requests = tags.Length == 0 ? Array.Empty<object>() : [new { text = "Нужна помощь", tags }],
        });

    /// <summary>Stage 5: a pair the curator confirms (a teacher–teacher pair in the element «адаптация», on a deficit).</summary>
    public Task<GroupDto> ConfirmedPair(Guid programmeId, string form, Guid mentorPersonId, Guid menteePersonId, string format = "OneToOne") =>
        CreatedAsync<GroupDto>($"{Api}/programmes/{programmeId}/groups", new
        {
            form,
            format,
            startedAt = "2024-10-01",
            members = new[] { new { personId = mentorPersonId, role = "Mentor" }, new { personId = menteePersonId, role = "Mentee" } },
            teacherElement = form == nameof(MentoringForm.TeacherTeacher) ? "Adaptation" : null,
            deficit = form == nameof(MentoringForm.TeacherTeacher) ? "классное руководство" : null,
        });

    /// <summary>A programme at stage 5 with one mentor (capacity given) and the mentees given, each asking for «математика».</summary>
    public async Task<(Guid ProgrammeId, Guid MentorPersonId)> ProgrammeAtStage5(Guid organizationId, string form, PersonCategory mentorCategory, int capacity, string[] competences, params Guid[] menteePersonIds)
    {
        var programme = await Programme(organizationId);
        await LaunchConditionsMet(programme.Id, form);
        await client.AdvanceAsync(programme.Id);
        var mentorPerson = await Person(organizationId, mentorCategory, "Наставник");
        var candidate = await AcceptedMentor(programme.Id, mentorPerson);
        await client.AdvanceAsync(programme.Id);
        await MentorInBank(programme.Id, candidate.Id, capacity, competences);
        await client.AdvanceAsync(programme.Id);
        foreach (var mentee in menteePersonIds)
        {
            await Mentee(programme.Id, mentee, "математика");
        }

        await client.AdvanceAsync(programme.Id);
        return (programme.Id, mentorPerson);
    }

    /// <summary>
    /// A pair or group of a programme with its mentor and mentees, active from <paramref name="startedAt"/> (and ended
    /// on <paramref name="endedAt"/>): history that no stage-5 request can write, so a row. The domain still checks its
    /// members (consent, one active participation) and throws its refusal.
    /// </summary>
    public async Task<Guid> Group(Guid programmeId, Guid mentorId, IEnumerable<Guid> menteeIds, DateOnly startedAt, DateOnly? endedAt = null,
        MentoringForm form = MentoringForm.PupilPupil, MentoringFormat format = MentoringFormat.Group)
    {
        var group = new MentoringGroup(programmeId, form, format, startedAt);
        await Rows(async db =>
        {
            var ids = menteeIds.Prepend(mentorId).ToList();
            var people = await db.People.Include(p => p.Consents).Where(p => ids.Contains(p.Id)).ToListAsync();
            foreach (var (id, index) in ids.Select((id, index) => (id, index)))
            {
                group.AddMember(people.Single(p => p.Id == id), index == 0 ? GroupRole.Mentor : GroupRole.Mentee, startedAt, Now);
            }

            if (endedAt is { } end)
            {
                group.Complete(end);
            }

            db.MentoringGroups.Add(group);
        });
        return group.Id;
    }

    /// <summary>
    /// Many pairs and groups of a programme at once (for figures of thousands of persons), as rows saved together: each
    /// a mentor with its mentees, active from <paramref name="startedAt"/> to <paramref name="endedAt"/>.
    /// </summary>
    public async Task Groups(Guid programmeId, IReadOnlyList<(Guid Mentor, IReadOnlyList<Guid> Mentees)> groups, DateOnly startedAt, DateOnly endedAt)
    {
        await Rows(async db =>
        {
            var ids = groups.SelectMany(g => g.Mentees.Prepend(g.Mentor)).ToList();
            var people = new Dictionary<Guid, Person>();
            foreach (var chunk in ids.Chunk(500))
            {
                foreach (var person in await db.People.Include(p => p.Consents).Where(p => chunk.Contains(p.Id)).ToListAsync())
                {
                    people[person.Id] = person;
                }
            }

            foreach (var (mentor, mentees) in groups)
            {
                var group = new MentoringGroup(programmeId, MentoringForm.PupilPupil, MentoringFormat.Group, startedAt);
                group.AddMember(people[mentor], GroupRole.Mentor, startedAt, Now);
                foreach (var mentee in mentees)
                {
                    group.AddMember(people[mentee], GroupRole.Mentee, startedAt, Now);
                }

                group.Complete(endedAt);
                db.MentoringGroups.Add(group);
            }
        });
    }
}
