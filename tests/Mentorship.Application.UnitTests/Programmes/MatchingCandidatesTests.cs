using Mentorship.Application.Matching;
using MatchingCandidate = Mentorship.Application.Programmes.Stage5OrganisationOfWork.MatchingCandidate;
using MatchingCandidates = Mentorship.Application.Programmes.Stage5OrganisationOfWork.MatchingCandidates;
using MatchingMentee = Mentorship.Application.Programmes.Stage5OrganisationOfWork.MatchingMentee;
using MatchingMentor = Mentorship.Application.Programmes.Stage5OrganisationOfWork.MatchingMentor;
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

        solver.Problem!.MentorCapacities.Should().Equal(1);
        solver.Problem.Edges.Should().BeEquivalentTo(new[] { new MatchingEdge(0, 0, 12), new MatchingEdge(0, 1, 9) });
        proposals.Should().ContainSingle().Which.Mentee.Should().Be(first);
    }

    /// <summary>The greedy baseline, recording the problem it was given.</summary>
    private sealed class RecordingSolver : Common.Interfaces.IMatchingSolver
    {
        public MatchingProblem? Problem { get; private set; }

        public IReadOnlyList<MatchingEdge> Solve(MatchingProblem problem)
        {
            Problem = problem;
            return new GreedyMatcher().Solve(problem);
        }
    }
}
