using Mentorship.Application.Matching;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.UnitTests.Programmes;

public class MatchingCandidatesTests
{
    [Test]
    public void Proposals_are_the_solver_s_choice_with_their_explanation()
    {
        var mentor = new MatchingMentor(Guid.CreateVersion7(), Guid.CreateVersion7(), "Наставник", PersonCategory.Pupil, Guid.Empty, 2, 1, ["математика"]);
        var first = new MatchingMentee(Guid.CreateVersion7(), Guid.CreateVersion7(), "Первый", PersonCategory.Pupil, false, Guid.Empty, ["математика"]);
        var second = new MatchingMentee(Guid.CreateVersion7(), Guid.CreateVersion7(), "Второй", PersonCategory.Pupil, false, Guid.Empty, ["математика"]);
        var candidates = new[]
        {
            new MatchingCandidate(mentor, first, MentoringForm.PupilPupil, 12, ["математика"], ["why"]),
            new MatchingCandidate(mentor, second, MentoringForm.PupilPupil, 9, ["математика"], ["why"]),
        };
        var solver = new RecordingSolver();

        var proposals = MatchingCandidates.Propose(solver, [mentor], [first, second], candidates);

        solver.Capacities.Should().Equal(1);
        solver.Edges.Should().BeEquivalentTo(new[] { new MatchingEdge(0, 0, 12), new MatchingEdge(0, 1, 9) });
        proposals.Should().ContainSingle().Which.Mentee.Should().Be(first);
    }

    private sealed class RecordingSolver : IMatchingSolver
    {
        public IReadOnlyList<MatchingEdge> Edges { get; private set; } = [];

        public IReadOnlyList<int> Capacities { get; private set; } = [];

        public IReadOnlyList<(int Mentor, int Mentee)> Solve(IReadOnlyList<MatchingEdge> edges, IReadOnlyList<int> mentorCapacities, int menteeCount)
        {
            Edges = edges;
            Capacities = mentorCapacities;
            return [edges.MaxBy(e => e.Score) is { } best ? (best.Mentor, best.Mentee) : default];
        }
    }
}
