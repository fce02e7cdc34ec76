using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.Matching;

/// <summary>Small random instances with fixed seeds, and the exhaustive optimum to check a solver against.</summary>
internal static class RandomInstances
{
    private static readonly string[] Topics = ["математика", "физика", "химия", "робототехника", "чтение", "профориентация"];
    private static readonly Guid[] Schools = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
    private static readonly Guid[] Towns = [Guid.CreateVersion7(), Guid.CreateVersion7()];

    /// <summary>Up to 6 mentors with capacities 1–3 and up to 7 mentees; edges with scores from −3 to 30.</summary>
    public static MatchingProblem Problem(int seed)
    {
        var random = new Random(seed);
        var mentors = random.Next(1, 7);
        var mentees = random.Next(1, 8);
        var capacities = Enumerable.Range(0, mentors).Select(_ => random.Next(1, 4)).ToArray();
        var edges = new List<MatchingEdge>();
        for (var m = 0; m < mentors; m++)
        {
            for (var e = 0; e < mentees; e++)
            {
                if (random.NextDouble() < 0.6)
                {
                    edges.Add(new MatchingEdge(m, e, random.Next(-3, 31)));
                }
            }
        }

        return new MatchingProblem(capacities, mentees, edges);
    }

    /// <summary>
    /// A programme's banks where any rule may be broken: categories outside the form, missing consents, full
    /// mentors, mentees without special needs for an ОВЗ form, one pupil in both banks.
    /// </summary>
    public static MatchingInput Input(int seed)
    {
        var random = new Random(seed);
        var form = random.GetItems([MentoringForm.TeacherPupil, MentoringForm.StudentPupil, MentoringForm.TeacherSpecialNeedsChild, MentoringForm.PupilPupil], 1)[0];
        var mentorCategories = new[] { PersonCategory.Teacher, PersonCategory.Student, PersonCategory.Pupil, PersonCategory.Parent };
        var menteeCategories = new[] { PersonCategory.Pupil, PersonCategory.Pupil, PersonCategory.Pupil, PersonCategory.Parent };
        var mentors = Enumerable.Range(0, random.Next(1, 7)).Select(_ =>
        {
            var capacity = random.Next(1, 4);
            return new MatchingMentor(
                Guid.CreateVersion7(), Guid.CreateVersion7(), random.GetItems(mentorCategories, 1)[0], random.GetItems(Schools, 1)[0],
                random.GetItems(Towns, 1)[0], capacity, random.Next(0, capacity + 1), Tags(random, 1, 4), Formats(random),
                HasActiveConsent: random.NextDouble() < 0.85);
        }).ToList();
        var mentees = Enumerable.Range(0, random.Next(1, 8)).Select(_ => new MatchingMentee(
            Guid.CreateVersion7(), Guid.CreateVersion7(), random.GetItems(menteeCategories, 1)[0], random.GetItems(Schools, 1)[0],
            random.GetItems(Towns, 1)[0], Tags(random, 1, 3), Formats(random), HasActiveConsent: random.NextDouble() < 0.85,
            HasSpecialNeeds: random.NextDouble() < 0.5)).ToList();

        if (form == MentoringForm.PupilPupil && random.NextDouble() < 0.7)
        {
            var pupil = mentees[0];
            mentors.Add(mentors[0] with { Id = Guid.CreateVersion7(), PersonId = pupil.PersonId, Category = PersonCategory.Pupil, OrganizationId = pupil.OrganizationId, HasActiveConsent = true });
        }

        return new MatchingInput(form, mentors, mentees);
    }

    /// <summary>
    /// A school network in the teacher–pupil form with more mentees than places: <paramref name="mentors"/> teachers
    /// (capacities 1–4, some loaded, a few without consent) and <paramref name="mentees"/> pupils (a few without consent),
    /// so that mentees compete for the popular mentors and each has many candidates.
    /// </summary>
    public static MatchingInput Network(int seed, int mentors, int mentees)
    {
        var random = new Random(seed);
        var bank = Enumerable.Range(0, mentors).Select(_ =>
        {
            var capacity = random.Next(1, 5);
            return new MatchingMentor(
                Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Teacher, random.GetItems(Schools, 1)[0], random.GetItems(Towns, 1)[0],
                capacity, random.Next(0, capacity), Tags(random, 1, 3), Formats(random), HasActiveConsent: random.NextDouble() < 0.9);
        }).ToList();
        var waiting = Enumerable.Range(0, mentees).Select(_ => new MatchingMentee(
            Guid.CreateVersion7(), Guid.CreateVersion7(), PersonCategory.Pupil, random.GetItems(Schools, 1)[0], random.GetItems(Towns, 1)[0],
            Tags(random, 1, 3), Formats(random), HasActiveConsent: random.NextDouble() < 0.9)).ToList();
        return new MatchingInput(MentoringForm.TeacherPupil, bank, waiting);
    }

    /// <summary>The best total over every way of giving each mentee one of its mentors or none.</summary>
    public static long BruteForceOptimum(MatchingProblem problem)
    {
        var byMentee = Enumerable.Range(0, problem.MenteeCount)
            .Select(e => problem.Edges.Where(x => x.MenteeIndex == e && x.Score > 0).ToArray())
            .ToArray();
        var free = problem.MentorCapacities.ToArray();
        var best = 0L;
        Visit(0, 0);
        return best;

        void Visit(int mentee, long total)
        {
            if (mentee == problem.MenteeCount)
            {
                best = Math.Max(best, total);
                return;
            }

            Visit(mentee + 1, total);
            foreach (var edge in byMentee[mentee])
            {
                if (free[edge.MentorIndex] > 0)
                {
                    free[edge.MentorIndex]--;
                    Visit(mentee + 1, total + edge.Score);
                    free[edge.MentorIndex]++;
                }
            }
        }
    }

    private static string[] Tags(Random random, int min, int max) => random.GetItems(Topics, random.Next(min, max + 1)).Distinct().ToArray();

    private static MentoringFormat[] Formats(Random random) =>
        random.GetItems([MentoringFormat.OneToOne, MentoringFormat.Virtual, MentoringFormat.Group], random.Next(0, 3)).Distinct().ToArray();
}
