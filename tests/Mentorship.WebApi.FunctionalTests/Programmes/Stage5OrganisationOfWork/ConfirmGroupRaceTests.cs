using System.Net;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Programmes.Stage5OrganisationOfWork;

/// <summary>
/// A mentor's capacity and a mentee's one active participation hold when confirmations race: trials of concurrent
/// requests over HTTP, each trial on a programme of its own. The suite runs a sample; MENTORSHIP_RACE_TRIALS and
/// MENTORSHIP_RACE_CONCURRENCY ask for more (the issue's figure is 100 trials of 50).
/// </summary>
public sealed class ConfirmGroupRaceTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const int Capacity = 3;

    private static readonly int Trials = Setting("MENTORSHIP_RACE_TRIALS", 5);

    private static readonly int Concurrency = Setting("MENTORSHIP_RACE_CONCURRENCY", 20);

    private Guid _school;

    [SetUp]
    public async Task CreateSchool()
    {
        _school = await Given.School("МБОУ Лицей № 2");
        AsCurator(_school);
    }

    [Test]
    public async Task Concurrent_pairs_with_one_mentor_never_exceed_the_mentor_s_capacity()
    {
        var trials = new List<Outcome>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var (programmeId, mentor, mentees) = await ProgrammeWithMentees(Concurrency);
            var outcome = await RaceAsync(mentees.Select(mentee => Pair(programmeId, mentor, mentee)));
            trials.Add(outcome with { Held = await ActiveMenteesOf(programmeId, mentor) });
        }

        Report("capacity", trials, Capacity);
        trials.Should().OnlyContain(t => t.Confirmed == Capacity && t.Held == Capacity && t.Refusals == Concurrency - Capacity,
            "every trial confirms exactly the mentor's {0} places and refuses the rest with {1}", Capacity, ErrorCodes.Group.MentorCapacityExceeded);
        trials.SelectMany(t => t.Codes).Should().OnlyContain(c => c == ErrorCodes.Group.MentorCapacityExceeded);
    }

    [Test]
    public async Task A_mentee_pushed_into_groups_of_two_mentors_at_once_joins_exactly_one()
    {
        var trials = new List<Outcome>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var (programmeId, mentor, mentees) = await ProgrammeWithMentees(1);
            var other = await Given.Person(_school, PersonCategory.Teacher, "Второй");
            await Given.Rows(db => db.Mentors.Add(new Mentor(programmeId, other, Capacity, MentorSource.Teacher)));
            var outcome = await RaceAsync(Enumerable.Range(0, Concurrency).Select(i => Pair(programmeId, i % 2 == 0 ? mentor : other, mentees[0])));
            trials.Add(outcome with { Held = await QueryAsync(db => ActiveParticipations(db, programmeId, mentees[0])) });
        }

        Report("one participation", trials, 1);
        trials.Should().OnlyContain(t => t.Confirmed == 1 && t.Held == 1 && t.Refusals == Concurrency - 1,
            "the mentee joins one group and every other attempt is refused with {0}", ErrorCodes.Group.MenteeAlreadyPaired);
        trials.SelectMany(t => t.Codes).Should().OnlyContain(c => c == ErrorCodes.Group.MenteeAlreadyPaired);
    }

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;

    private static Task<int> ActiveParticipations(ApplicationDbContext db, Guid programmeId, Guid menteeId) =>
        db.GroupMembers.IgnoreQueryFilters().CountAsync(m => m.PersonId == menteeId && m.Role == GroupRole.Mentee && m.LeftAt == null
            && db.MentoringGroups.IgnoreQueryFilters().Any(g => g.Id == m.GroupId && g.ProgrammeId == programmeId && g.Status == GroupStatus.Active));

    /// <summary>A programme at stage 5 with one teacher mentor of capacity 3 and <paramref name="count"/> pupils in the mentee bank.</summary>
    private async Task<(Guid ProgrammeId, Guid Mentor, List<Guid> Mentees)> ProgrammeWithMentees(int count)
    {
        var mentees = await Given.People(_school, count, PersonCategory.Pupil, new DateOnly(2011, 4, 12));
        var (programmeId, mentor) = await Given.ProgrammeAtStage5(_school, "TeacherPupil", PersonCategory.Teacher, Capacity, ["математика"], mentees[0]);
        await Given.Rows(db => db.Mentees.AddRange(mentees.Skip(1).Select(m => new Mentee(programmeId, m, MenteeDataChannel.ClassTeacher))));
        return (programmeId, mentor, mentees);
    }

    private async Task<int> ActiveMenteesOf(Guid programmeId, Guid mentor) => await QueryAsync(async db =>
    {
        var groups = await db.GroupMembers.IgnoreQueryFilters().Where(m => m.PersonId == mentor && m.LeftAt == null).Select(m => m.GroupId).ToListAsync();
        return await db.GroupMembers.IgnoreQueryFilters().CountAsync(m => groups.Contains(m.GroupId) && m.Role == GroupRole.Mentee && m.LeftAt == null
            && db.MentoringGroups.IgnoreQueryFilters().Any(g => g.Id == m.GroupId && g.ProgrammeId == programmeId && g.Status == GroupStatus.Active));
    });

    private Func<Task<HttpResponseMessage>> Pair(Guid programmeId, Guid mentor, Guid mentee) => () => PostAsync($"{Api}/programmes/{programmeId}/groups", new
    {
        form = "TeacherPupil",
        format = "OneToOne",
        members = new[] { new { personId = mentor, role = "Mentor" }, new { personId = mentee, role = "Mentee" } },
    });

    /// <summary>Sends the requests at once (released together) and sorts the answers: created, 409 with a code, anything else.</summary>
    private static async Task<Outcome> RaceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = requests.Select(async send =>
        {
            await start.Task;
            return await send();
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(running);
        var codes = new List<string>();
        var others = new List<string>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                codes.Add((await ProblemAsync(response, HttpStatusCode.Conflict)).Code ?? "(none)");
            }
            else if (response.StatusCode != HttpStatusCode.Created)
            {
                others.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return new Outcome(responses.Count(r => r.StatusCode == HttpStatusCode.Created), codes, others, 0);
    }

    private void Report(string race, IReadOnlyList<Outcome> trials, int expected)
    {
        var confirmed = trials.GroupBy(t => t.Held).OrderBy(g => g.Key).Select(g => $"{g.Key} held × {g.Count()}");
        TestContext.Out.WriteLine(
            $"race[{Provider}] {race}: {trials.Count} trials × {Concurrency} concurrent; trials broken: {trials.Count(t => t.Held != expected || t.Confirmed != expected || t.Others.Count > 0)}; " +
            $"outcomes: {string.Join(", ", confirmed)}; max held: {trials.Max(t => t.Held)}; 409 codes: {string.Join(", ", trials.SelectMany(t => t.Codes).GroupBy(c => c).Select(g => $"{g.Key} × {g.Count()}"))}; " +
            $"other answers: {trials.Sum(t => t.Others.Count)} {trials.SelectMany(t => t.Others).FirstOrDefault()}");
    }

    private sealed record Outcome(int Confirmed, IReadOnlyList<string> Codes, IReadOnlyList<string> Others, int Held)
    {
        public int Refusals => Codes.Count;
    }
}
