using System.Linq.Expressions;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

/// <summary>The rules the stage use cases lean on: stage order, the completion gate, the bank, capacity, form sides, note visibility.</summary>
public class StageRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 20, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Work_of_a_stage_is_refused_before_the_programme_reaches_it()
    {
        var programme = new Programme(Guid.CreateVersion7(), "Программа", new AcademicYear(2024));

        var act = () => programme.EnsureReached(ProgrammeStage.MentorSelection);

        var refusal = act.Should().Throw<DomainConflictException>().Which;
        refusal.Field.Should().Be("stage");
        refusal.Code.Should().Be(ErrorCodes.Stage.NotReached);
        refusal.Arguments.Should().Equal(1, 2);
        FluentActions.Invoking(() => programme.EnsureReached(ProgrammeStage.LaunchConditions)).Should().NotThrow();
        FluentActions.Invoking(() => programme.RegisterCandidate(Guid.CreateVersion7(), alreadyCandidate: false)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Stage.NotReached);
    }

    [Test]
    public void A_gate_lists_the_items_of_its_stage_that_are_not_met()
    {

        StageGate.ItemsOf(ProgrammeStage.LaunchConditions).Should().HaveCount(6);
        StageGate.Of(ProgrammeStage.MentorBank, (StageGate.Items.Mentor, false)).Missing.Should().Equal(StageGate.Items.Mentor);
    }

    [Test]
    public void Only_an_accepted_candidate_enters_the_mentor_bank()
    {
        var candidate = new MentorCandidate(Guid.CreateVersion7(), Guid.CreateVersion7());

        var refusal = FluentActions.Invoking(() => Mentor.FromCandidate(candidate, 2, MentorSource.Teacher)).Should().Throw<DomainConflictException>().Which;
        refusal.Field.Should().Be("candidateId");
        refusal.Code.Should().Be(ErrorCodes.Candidate.NotAccepted);

        candidate.Score(new CandidateScores(5, 5, 5, 5, 5, 5, 5, 5));
        candidate.Accept(Now, null);
        candidate.AddTraining("Школа наставника", 16, new DateOnly(2024, 9, 20));
        var mentor = Mentor.FromCandidate(candidate, 2, MentorSource.Teacher);
        mentor.PersonId.Should().Be(candidate.PersonId);
        mentor.CandidateId.Should().Be(candidate.Id);
        mentor.TrainingExceptionReason.Should().BeNull();
    }

    [Test]
    public void An_untrained_candidate_enters_the_mentor_bank_only_with_the_reason_of_an_exception()
    {
        var candidate = new MentorCandidate(Guid.CreateVersion7(), Guid.CreateVersion7());
        candidate.Score(new CandidateScores(5, 5, 5, 5, 5, 5, 5, 5));
        candidate.Accept(Now, null);
        candidate.AddTraining("Школа наставника", 16, completedAt: null);

        var refusal = FluentActions.Invoking(() => Mentor.FromCandidate(candidate, 2, MentorSource.Teacher, "  ")).Should().Throw<DomainException>().Which;
        refusal.Code.Should().Be(ErrorCodes.MentorBank.TrainingRequired);
        refusal.Field.Should().Be("trainingExceptionReason");
        Mentor.FromCandidate(candidate, 2, MentorSource.Teacher, "Курс в ноябре").TrainingExceptionReason.Should().Be("Курс в ноябре");
    }

    [Test]
    public void A_mentor_takes_mentees_within_capacity_and_while_active()
    {
        var mentor = new Mentor(Guid.CreateVersion7(), Guid.CreateVersion7(), 3, MentorSource.Pupil);

        FluentActions.Invoking(() => mentor.EnsureCanTake(1, 2)).Should().NotThrow();
        var full = FluentActions.Invoking(() => mentor.EnsureCanTake(2, 2, "members[0].personId")).Should().Throw<DomainConflictException>().Which;
        full.Field.Should().Be("members[0].personId");
        full.Code.Should().Be(ErrorCodes.Mentor.CapacityExceeded);
        full.Arguments.Should().Equal(3, 2);
        mentor.Deactivate();
        FluentActions.Invoking(() => mentor.EnsureCanTake(0, 1)).Should().Throw<DomainConflictException>();
    }

    [Test]
    public void Forms_fix_each_side_and_special_needs_forms_take_only_such_children()
    {
        FormRules.AllowsMember(MentoringForm.PupilPupil, true, PersonCategory.Pupil, false).Should().BeTrue();
        FormRules.AllowsMember(MentoringForm.TeacherTeacher, false, PersonCategory.Pupil, false).Should().BeFalse();
        FormRules.AllowsMember(MentoringForm.TeacherSpecialNeedsChild, false, PersonCategory.Pupil, false).Should().BeFalse();
        FormRules.AllowsMember(MentoringForm.TeacherSpecialNeedsChild, false, PersonCategory.Pupil, true).Should().BeTrue();
        FormRules.AllowsMember(MentoringForm.TeacherSpecialNeedsChild, true, PersonCategory.Teacher, false).Should().BeTrue();
    }

    [Test]
    public void A_person_without_active_consent_cannot_join_and_it_is_a_conflict()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.PupilPupil, MentoringFormat.OneToOne, new DateOnly(2024, 10, 1));
        var pupil = new Person(Guid.CreateVersion7(), new PersonName("Фамилия", "Имя"), PersonCategory.Pupil, 7);

        var act = () => group.AddMember(pupil, GroupRole.Mentee, new DateOnly(2024, 10, 1), Now);

        act.Should().Throw<DomainConflictException>().Which.Field.Should().Be("personId");
    }

    [Test]
    public void Notes_are_visible_by_their_visibility()
    {
        var groupId = Guid.CreateVersion7();
        var mentor = Guid.CreateVersion7();
        var mentee = Guid.CreateVersion7();
        Note[] notes =
        [
            new(groupId, mentor, NoteVisibility.PrivateToMentor, "private", Now),
            new(groupId, mentor, NoteVisibility.SharedWithPair, "shared", Now),
            new(groupId, mentor, NoteVisibility.VisibleToCurator, "to curator", Now),
        ];

        Visible(notes, Note.VisibleTo(mentor, false)).Should().Equal("private", "shared", "to curator");
        Visible(notes, Note.VisibleTo(mentee, false)).Should().Equal("shared");
        Visible(notes, Note.VisibleTo(null, true)).Should().Equal("shared", "to curator");
        FluentActions.Invoking(() => Note.EnsureAuthorMayUse(NoteVisibility.PrivateToMentor, GroupRole.Mentee)).Should().Throw<DomainException>()
            .Which.Field.Should().Be("visibility");
    }

    private static List<string> Visible(IEnumerable<Note> notes, Expression<Func<Note, bool>> rule) =>
        notes.Where(rule.Compile()).Select(n => n.Text).ToList();
}
