using System.Diagnostics;
using System.Globalization;
using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Infrastructure.Matching;

namespace Mentorship.Benchmarks;

/// <summary>
/// Stage 5 matching on a synthetic regional network: 5 000 mentors, 50 000 mentees, sparse candidate lists.
/// Builds the candidates once, then solves with OR-Tools and with the greedy baseline in the same process.
/// Options: <c>--mentors=N --mentees=N --candidates=N --seed=N</c>.
/// </summary>
internal static class MatchingBenchmark
{
    private const int Tags = 300;
    private const int Municipalities = 80;
    private const int Organizations = 1_600;

    private static readonly MentoringFormat[] Formats = [MentoringFormat.OneToOne, MentoringFormat.Group, MentoringFormat.Virtual, MentoringFormat.Network];

    public static Task<int> Run(string[] args)
    {
        var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        var mentorCount = options.GetValueOrDefault("mentors", 5_000);
        var menteeCount = options.GetValueOrDefault("mentees", 50_000);
        var perMentee = options.GetValueOrDefault("candidates", MatchingInput.DefaultMaxCandidatesPerMentee);
        var seed = options.GetValueOrDefault("seed", 20_250_905);

        var input = Generate(mentorCount, menteeCount, seed) with { MaxCandidatesPerMentee = perMentee };
        Line("instance", $"{mentorCount} mentors, {menteeCount} mentees, {Tags} tags, {Municipalities} municipalities, {Organizations} organisations, form {input.Form}, seed {seed}");

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var candidates = MatchingCandidates.Build(input, MatchingScorer.Default);
        var buildTime = clock.Elapsed;
        var candidateBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var problem = candidates.Problem;
        Line("eligible mentors", candidates.EligibleMentors);
        Line("eligible mentees", candidates.EligibleMentees);
        Line("free places", problem.MentorCapacities.Sum());
        Line("candidates", $"{problem.Edges.Count:N0} (at most {perMentee} per mentee; the full product would be {(long)mentorCount * menteeCount:N0})");
        Line("build time", buildTime);
        Line("build allocated", $"{candidateBytes / 1_048_576.0:F1} MiB");

        var solver = new OrToolsMatchingSolver();
        clock.Restart();
        solver.Solve(new MatchingProblem([1], 1, [new MatchingEdge(0, 0, 1)]));
        Line("or-tools warm-up (native load)", clock.Elapsed);

        clock.Restart();
        var optimal = solver.Solve(problem);
        Line("or-tools solve time", clock.Elapsed);

        var greedySolver = new GreedyMatcher();
        clock.Restart();
        var greedy = greedySolver.Solve(problem);
        Line("greedy time", clock.Elapsed);

        clock.Restart();
        var explained = MatchingEngine.Explain(candidates, optimal, MatchingScorer.Default);
        Line("check and explain time", clock.Elapsed);
        problem.EnsureFeasible(greedy);

        var optimalTotal = MatchingProblem.TotalScore(optimal);
        var greedyTotal = MatchingProblem.TotalScore(greedy);
        Line("or-tools total score", optimalTotal);
        Line("greedy total score", greedyTotal);
        Line("total score ratio or-tools/greedy", (optimalTotal / (double)greedyTotal).ToString("F4", CultureInfo.InvariantCulture));
        Line("or-tools matched", $"{optimal.Count} (mean score {optimalTotal / (double)Math.Max(1, optimal.Count):F2})");
        Line("greedy matched", $"{greedy.Count} (mean score {greedyTotal / (double)Math.Max(1, greedy.Count):F2})");
        Line("proposals explained", explained.Proposals.Count);
        Line("managed allocated total", $"{GC.GetTotalAllocatedBytes(precise: true) / 1_048_576.0:F1} MiB");
        Line("peak working set", $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:F1} MiB");
        return Task.FromResult(optimalTotal >= greedyTotal ? 0 : 1);
    }

    /// <summary>
    /// A deterministic region: tag popularity falls off as 1/rank (a few topics such as mathematics are asked for
    /// everywhere, most are rare); a few mentors are students (outside the teacher–pupil form) or lack consent,
    /// some already carry mentees, some mentees lack consent or are parents.
    /// </summary>
    private static MatchingInput Generate(int mentorCount, int menteeCount, int seed)
    {
        var random = new Random(seed);
        var tagNames = Enumerable.Range(1, Tags).Select(i => $"тема {i:D3}").ToArray();
        var popularity = new double[Tags];
        var sum = 0.0;
        for (var i = 0; i < Tags; i++)
        {
            sum += 1.0 / (i + 1);
            popularity[i] = sum;
        }

        var municipalities = Enumerable.Range(0, Municipalities).Select(_ => NewId(random)).ToArray();
        var organizations = Enumerable.Range(0, Organizations).Select(_ => (Id: NewId(random), Municipality: municipalities[random.Next(Municipalities)])).ToArray();

        var mentors = new MatchingMentor[mentorCount];
        for (var i = 0; i < mentorCount; i++)
        {
            var organization = organizations[random.Next(Organizations)];
            var capacity = random.Next(1, 16);
            var load = random.NextDouble() < 0.6 ? 0 : random.Next(0, capacity + 1);
            mentors[i] = new MatchingMentor(
                NewId(random), NewId(random), random.NextDouble() < 0.96 ? PersonCategory.Teacher : PersonCategory.Student,
                organization.Id, organization.Municipality, capacity, load, PickTags(random.Next(2, 7)), PickFormats(),
                HasActiveConsent: random.NextDouble() < 0.97);
        }

        var mentees = new MatchingMentee[menteeCount];
        for (var i = 0; i < menteeCount; i++)
        {
            var organization = organizations[random.Next(Organizations)];
            mentees[i] = new MatchingMentee(
                NewId(random), NewId(random), random.NextDouble() < 0.99 ? PersonCategory.Pupil : PersonCategory.Parent,
                organization.Id, organization.Municipality, PickTags(random.Next(1, 4)), PickFormats(),
                HasActiveConsent: random.NextDouble() < 0.95);
        }

        return new MatchingInput(MentoringForm.TeacherPupil, mentors, mentees);

        string[] PickTags(int count)
        {
            var picked = new HashSet<string>(StringComparer.Ordinal);
            while (picked.Count < count)
            {
                var index = Array.BinarySearch(popularity, random.NextDouble() * sum);
                picked.Add(tagNames[index < 0 ? ~index : index]);
            }

            return [.. picked];
        }

        MentoringFormat[] PickFormats() => Formats.Where(_ => random.NextDouble() < 0.3).ToArray();
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static void Line(string figure, object value) =>
        Console.WriteLine(value is TimeSpan time
            ? $"matching {figure}: {time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms"
            : string.Create(CultureInfo.InvariantCulture, $"matching {figure}: {value}"));
}
