using System.Net;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Helpers that set up people, programmes and pairs in the database for monitoring.</summary>
public abstract class MonitoringTestBase(DatabaseProvider provider) : TerritoryTestBase(provider)
{
    private static readonly DateTimeOffset ConsentGivenAt = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private int _people;

    protected async Task ReportHeadCountAsync(Guid organizationId, int academicYear, int pupilsInAgeBand, int teachersUnder35 = 0, int youngSpecialists = 0, int pupilsTotal = 0, int teachersTotal = 0)
    {
        var response = await PostAsync($"{Api}/organizations/{organizationId}/headcounts", new
        {
            academicYear = new AcademicYear(academicYear).ToString(),
            pupilsTotal = Math.Max(pupilsTotal, pupilsInAgeBand),
            pupilsInAgeBand,
            teachersTotal = Math.Max(teachersTotal, Math.Max(teachersUnder35, youngSpecialists)),
            teachersUnder35,
            youngSpecialists,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>People of an organisation with an active consent, born on the given day.</summary>
    protected async Task<List<Guid>> AddPeopleAsync(Guid organizationId, int count, PersonCategory category, DateOnly birthDate)
    {
        var ids = new List<Guid>();
        await WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var n = Interlocked.Increment(ref _people);
                var person = new Person(organizationId, new PersonName($"Участник{n}", "Тест"), category, category == PersonCategory.Pupil ? 7 : null, birthDate);
                person.GiveConsent(ConsentGiver.Self, null, "наставничество", ConsentGivenAt, null);
                db.People.Add(person);
                ids.Add(person.Id);
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    protected async Task<Guid> AddProgrammeAsync(Guid organizationId, int startYear, int? endYear = null)
    {
        var programme = new Programme(organizationId, $"Программа {Guid.NewGuid():N}", new AcademicYear(startYear), endYear is { } end ? new AcademicYear(end) : null);
        await WithDbAsync(async db =>
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
        });
        return programme.Id;
    }

    /// <summary>A pair or group of a programme with its mentor and mentees, active from <paramref name="startedAt"/>.</summary>
    protected async Task<Guid> AddGroupAsync(Guid programmeId, Guid mentorId, IEnumerable<Guid> menteeIds, DateOnly startedAt, DateOnly? endedAt = null,
        MentoringForm form = MentoringForm.PupilPupil, MentoringFormat format = MentoringFormat.Group)
    {
        var group = new MentoringGroup(programmeId, form, format, startedAt);
        await WithDbAsync(async db =>
        {
            var now = Factory.Clock.GetUtcNow();
            var ids = menteeIds.Prepend(mentorId).ToList();
            var people = db.People.Where(p => ids.Contains(p.Id)).ToList();
            foreach (var person in people)
            {
                db.Entry(person).Collection(p => p.Consents).Load();
            }

            group.AddMember(people.Single(p => p.Id == mentorId), GroupRole.Mentor, startedAt, now);
            foreach (var id in ids.Skip(1))
            {
                group.AddMember(people.Single(p => p.Id == id), GroupRole.Mentee, startedAt, now);
            }

            if (endedAt is { } end)
            {
                group.Complete(end);
            }

            db.MentoringGroups.Add(group);
            await db.SaveChangesAsync();
        });
        return group.Id;
    }

    protected async Task WithDbAsync(Func<ApplicationDbContext, Task> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    protected async Task<T> WithDbAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }
}
