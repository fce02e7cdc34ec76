using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

public class BankTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CandidateScores GoodScores = new(5, 4, 4, 3, 5, 4, 4, 5);

    [Test]
    public void A_candidate_is_scored_before_being_accepted()
    {
        var candidate = Candidate();

        FluentActions.Invoking(() => candidate.Accept(Now, null)).Should().Throw<DomainException>();

        candidate.Score(GoodScores);
        candidate.Accept(Now, "готов");

        candidate.Decision.Should().Be(CandidateDecision.Accepted);
        candidate.TotalScore.Should().Be(GoodScores.Total).And.Be(34);
    }

    [Test]
    public void A_decision_is_taken_once()
    {
        var candidate = Candidate();
        candidate.Reject(Now, null);

        FluentActions.Invoking(() => candidate.Reject(Now, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => candidate.Score(GoodScores)).Should().Throw<DomainException>();
    }

    [Test]
    public void Scores_are_within_the_scale()
    {
        var act = () => Candidate().Score(GoodScores with { Motivation = MentorCandidate.MaxScore + 1 });

        act.Should().Throw<DomainException>().Which.Field.Should().Be("scores.motivation");
    }

    [Test]
    public void Only_completed_training_counts()
    {
        var candidate = Candidate();
        var training = candidate.AddTraining("Школа наставника", 36, null);
        candidate.HasCompletedTraining.Should().BeFalse();

        candidate.CompleteTraining(Guid.CreateVersion7(), new DateOnly(2024, 10, 1)).Should().BeFalse();
        candidate.CompleteTraining(training.Id, new DateOnly(2024, 10, 1)).Should().BeTrue();

        candidate.HasCompletedTraining.Should().BeTrue();
        FluentActions.Invoking(() => candidate.CompleteTraining(training.Id, new DateOnly(2024, 10, 2))).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.Candidate.TrainingCompleted);
    }

    [Test]
    public void Competences_are_normalised_and_replaced()
    {
        var mentor = new Mentor(Guid.CreateVersion7(), Guid.CreateVersion7(), 3, MentorSource.Teacher);
        mentor.SetCompetences(["Математика", "математика ", "Робототехника"]);

        mentor.Competences.Select(c => c.Tag).Should().Equal("математика", "робототехника");

        mentor.SetCompetences(["Шахматы", "Математика"]);

        mentor.Competences.Select(c => c.Tag).Should().BeEquivalentTo("математика", "шахматы");
    }

    [Test]
    public void A_mentor_takes_at_least_one_mentee()
    {
        var act = () => new Mentor(Guid.CreateVersion7(), Guid.CreateVersion7(), 0, MentorSource.Pupil);

        act.Should().Throw<DomainException>().Which.Field.Should().Be("capacity");
    }

    [Test]
    public void A_request_has_at_least_one_tag()
    {
        var mentee = new Mentee(Guid.CreateVersion7(), Guid.CreateVersion7(), MenteeDataChannel.ClassTeacher);

        var refusal = FluentActions.Invoking(() => mentee.AddRequest("помощь", [])).Should().Throw<DomainException>().Which;
        refusal.Field.Should().Be("tags");
        refusal.Code.Should().Be(ErrorCodes.Mentee.RequestWithoutTags);
        mentee.HasRequests.Should().BeFalse();

        mentee.AddRequest("помощь с олимпиадой", ["Олимпиады", "Физика"]);

        mentee.HasRequests.Should().BeTrue();
        mentee.Requests.Single().Tags.Select(t => t.Tag).Should().Equal("олимпиады", "физика");
    }

    private static MentorCandidate Candidate() => new(Guid.CreateVersion7(), Guid.CreateVersion7());
}
