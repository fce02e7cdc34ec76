using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

public class MentoringGroupTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2024, 10, 1);

    [Test]
    public void A_group_cannot_be_completed_twice()
    {
        var group = Pair();
        group.Complete(new DateOnly(2025, 5, 20));

        var act = () => group.Complete(new DateOnly(2025, 5, 21));

        act.Should().Throw<DomainException>().Which.Field.Should().Be("status");
        group.EndedAt.Should().Be(new DateOnly(2025, 5, 20));
    }

    [Test]
    public void Confirming_and_closing_a_group_raise_their_events()
    {
        var group = Pair();
        group.DomainEvents.Should().ContainSingle().Which.Should().Be(new GroupConfirmed(group.Id, group.ProgrammeId, Start));

        group.Terminate(new DateOnly(2025, 1, 15), "moved");

        group.DomainEvents.OfType<GroupClosed>().Should().ContainSingle().Which.Should().Be(new GroupClosed(group.Id, group.ProgrammeId, GroupStatus.Terminated, new DateOnly(2025, 1, 15)));
    }

    [Test]
    public void A_completed_group_cannot_be_terminated()
    {
        var group = Pair();
        group.Complete(new DateOnly(2025, 5, 20));

        FluentActions.Invoking(() => group.Terminate(new DateOnly(2025, 5, 21), "moved")).Should().Throw<DomainException>();
    }

    [Test]
    public void Completion_closes_the_memberships()
    {
        var group = Pair();

        group.Complete(new DateOnly(2025, 5, 20));

        group.Status.Should().Be(GroupStatus.Completed);
        group.Members.Should().HaveCount(2).And.OnlyContain(m => m.LeftAt == new DateOnly(2025, 5, 20));
        group.ActiveMembers.Should().BeEmpty();
    }

    [Test]
    public void Termination_needs_a_reason_and_passes_it_to_the_members()
    {
        var group = Pair();

        FluentActions.Invoking(() => group.Terminate(new DateOnly(2025, 1, 10), " ")).Should().Throw<DomainException>();

        group.Terminate(new DateOnly(2025, 1, 10), MentoringGroup.ConsentRevokedReason);

        group.Status.Should().Be(GroupStatus.Terminated);
        group.EndReason.Should().Be(MentoringGroup.ConsentRevokedReason);
        group.Members.Should().OnlyContain(m => m.LeaveReason == MentoringGroup.ConsentRevokedReason);
    }

    [Test]
    public void A_group_does_not_end_before_it_started()
    {
        var act = () => Pair().Complete(Start.AddDays(-1));

        act.Should().Throw<DomainException>().Which.Field.Should().Be("endedAt");
    }

    [Test]
    public void A_person_without_active_consent_cannot_join()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.TeacherPupil, MentoringFormat.OneToOne, Start);
        var pupil = new Person(Guid.CreateVersion7(), new PersonName("Петров", "Пётр"), PersonCategory.Pupil, 6);

        var act = () => group.AddMember(pupil, GroupRole.Mentee, Start, Now);

        act.Should().Throw<DomainException>().Which.Field.Should().Be("personId");
    }

    [Test]
    public void The_form_decides_who_may_be_on_each_side()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.TeacherPupil, MentoringFormat.OneToOne, Start);

        FluentActions.Invoking(() => group.AddMember(WithConsent(PersonCategory.Pupil, 6), GroupRole.Mentor, Start, Now))
            .Should().Throw<DomainException>();
        FluentActions.Invoking(() => group.AddMember(WithConsent(PersonCategory.Teacher), GroupRole.Mentee, Start, Now))
            .Should().Throw<DomainException>();
    }

    [Test]
    public void A_special_needs_form_takes_only_children_with_special_needs_as_mentees()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.TeacherSpecialNeedsChild, MentoringFormat.OneToOne, Start);
        var pupil = WithConsent(PersonCategory.Pupil, 4);

        FluentActions.Invoking(() => group.AddMember(pupil, GroupRole.Mentee, Start, Now)).Should().Throw<DomainException>();

        pupil.SetSpecialNeeds(true);
        group.AddMember(pupil, GroupRole.Mentee, Start, Now);
        group.Members.Should().ContainSingle();
    }

    [Test]
    public void A_one_to_one_pair_has_one_mentee()
    {
        var group = Pair();

        var act = () => group.AddMember(WithConsent(PersonCategory.Pupil, 6), GroupRole.Mentee, Start, Now);

        act.Should().Throw<DomainException>().Which.Field.Should().Be("role");
    }

    [Test]
    public void A_group_circle_takes_several_mentees_but_each_person_once()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.TeacherPupil, MentoringFormat.Group, Start);
        var first = WithConsent(PersonCategory.Pupil, 6);
        group.AddMember(first, GroupRole.Mentee, Start, Now);
        group.AddMember(WithConsent(PersonCategory.Pupil, 6), GroupRole.Mentee, Start, Now);

        FluentActions.Invoking(() => group.AddMember(first, GroupRole.Mentee, Start, Now)).Should().Throw<DomainException>();
        group.Members.Should().HaveCount(2);
    }

    [Test]
    public void A_finished_group_takes_no_members()
    {
        var group = Pair();
        group.Complete(new DateOnly(2025, 5, 20));

        FluentActions.Invoking(() => group.AddMember(WithConsent(PersonCategory.Pupil, 6), GroupRole.Mentee, Start, Now))
            .Should().Throw<DomainException>();
    }

    [Test]
    public void A_group_counts_in_a_period_when_active_on_one_of_its_days()
    {
        var group = Pair();
        group.Complete(new DateOnly(2025, 1, 1));

        group.WasActiveBetween(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).Should().BeTrue();
        group.WasActiveBetween(new DateOnly(2025, 1, 2), new DateOnly(2025, 12, 31)).Should().BeFalse();
        group.WasActiveBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30)).Should().BeFalse();
    }

    private static MentoringGroup Pair()
    {
        var group = new MentoringGroup(Guid.CreateVersion7(), MentoringForm.TeacherPupil, MentoringFormat.OneToOne, Start);
        group.AddMember(WithConsent(PersonCategory.Teacher), GroupRole.Mentor, Start, Now);
        group.AddMember(WithConsent(PersonCategory.Pupil, 6), GroupRole.Mentee, Start, Now);
        return group;
    }

    private static Person WithConsent(PersonCategory category, int? grade = null)
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Фамилия", "Имя"), category, grade);
        if (category == PersonCategory.Pupil)
        {
            person.GiveConsent(ConsentGiver.LegalRepresentative, "Родитель", "участие", Now.AddDays(-1), null);
        }
        else
        {
            person.GiveConsent(ConsentGiver.Self, null, "участие", Now.AddDays(-1), null);
        }

        return person;
    }
}
