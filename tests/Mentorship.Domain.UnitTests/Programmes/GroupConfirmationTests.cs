using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

/// <summary>Confirming a pair or group: the rule across the programme, its banks, the people and the other groups.</summary>
public class GroupConfirmationTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2024, 10, 1);

    private readonly Programme _programme = AtOrganisationOfWork();
    private readonly Person _teacher = WithConsent(PersonCategory.Teacher);
    private readonly Person _pupil = WithConsent(PersonCategory.Pupil, 6);

    [Test]
    public void A_pair_from_the_banks_is_confirmed()
    {
        var group = Confirmation().Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);

        group.ProgrammeId.Should().Be(_programme.Id);
        group.ActiveMembers.Select(m => (m.PersonId, m.Role)).Should().Equal((_teacher.Id, GroupRole.Mentor), (_pupil.Id, GroupRole.Mentee));
    }

    [Test]
    public void A_mentor_beyond_capacity_is_refused_at_the_members_field()
    {
        var act = () => Confirmation(loads: new Dictionary<Guid, int> { [_teacher.Id] = 1 }).Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);

        var refusal = act.Should().Throw<DomainConflictException>().Which;
        refusal.Code.Should().Be(ErrorCodes.Group.MentorCapacityExceeded);
        refusal.Field.Should().Be("members[0].personId");
        refusal.Arguments.Should().Equal(1, 1);
    }

    [Test]
    public void A_form_the_programme_does_not_use_is_refused()
    {
        var act = () => Confirmation().Confirm(MentoringForm.StudentPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Group.FormNotInProgramme);
    }

    [Test]
    public void Mentors_and_mentees_come_from_the_banks()
    {
        var noMentor = () => Confirmation(mentors: []).Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);
        var noMentee = () => Confirmation(mentees: []).Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);

        noMentor.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Group.MentorNotInBank);
        noMentee.Should().Throw<DomainException>().Which.Should().Match<DomainException>(e => e.Code == ErrorCodes.Group.MenteeNotInBank && e.Field == "members[1].personId");
    }

    [Test]
    public void A_mentee_has_one_active_participation()
    {
        var act = () => Confirmation(paired: [_pupil.Id]).Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, Members(), Now);

        act.Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Group.MenteeAlreadyPaired);
    }

    [Test]
    public void The_groups_own_refusals_name_the_members_field()
    {
        var teacherAsMentee = new Mentee(_programme.Id, _teacher.Id, MenteeDataChannel.Parents);
        var members = new[] { new GroupMemberChoice(_teacher.Id, GroupRole.Mentor, "mentorPersonId"), new GroupMemberChoice(_teacher.Id, GroupRole.Mentee, "menteePersonId") };

        var act = () => Confirmation(mentees: [teacherAsMentee]).Confirm(MentoringForm.TeacherPupil, MentoringFormat.OneToOne, null, Start, members, Now);

        act.Should().Throw<DomainException>().Which.Should().Match<DomainException>(e => e.Code == ErrorCodes.Group.FormDisallowsMember && e.Field == "menteePersonId");
    }

    private GroupMemberChoice[] Members() =>
        [new(_teacher.Id, GroupRole.Mentor, "members[0].personId"), new(_pupil.Id, GroupRole.Mentee, "members[1].personId")];

    private GroupConfirmation Confirmation(Mentor[]? mentors = null, Mentee[]? mentees = null, Dictionary<Guid, int>? loads = null, HashSet<Guid>? paired = null) =>
        new(_programme,
            mentors ?? [new Mentor(_programme.Id, _teacher.Id, 1, MentorSource.Teacher)],
            mentees ?? [new Mentee(_programme.Id, _pupil.Id, MenteeDataChannel.Parents)],
            [_teacher, _pupil],
            loads ?? [],
            paired ?? []);

    private static Programme AtOrganisationOfWork()
    {
        var programme = new Programme(Guid.CreateVersion7(), "Программа наставничества", new AcademicYear(2024));
        programme.AddForm(MentoringForm.TeacherPupil);
        programme.AppointCurator(Guid.CreateVersion7(), null, "заместитель директора");
        programme.AddTask("Адаптация", "Успеваемость");
        programme.AddDocument(NormativeDocumentKind.IntroductionOrder, "1", new DateOnly(2024, 9, 1), "Приказ о внедрении", null);
        programme.AddDocument(NormativeDocumentKind.Regulation, "2", new DateOnly(2024, 9, 1), "Положение", null);
        programme.AddDocument(NormativeDocumentKind.CuratorOrder, "3", new DateOnly(2024, 9, 1), "Приказ о кураторе", null);
        var done = new StageProgress(HasTrainedAcceptedMentor: true, HasActiveMentor: true, HasMenteeWithRequest: true, ActiveGroups: 0);
        while (programme.Stage < ProgrammeStage.OrganisationOfWork)
        {
            programme.Advance(done, Now, null);
        }

        return programme;
    }

    private static Person WithConsent(PersonCategory category, int? grade = null)
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName("Фамилия", "Имя"), category, grade);
        person.GiveConsent(category == PersonCategory.Pupil ? ConsentGiver.LegalRepresentative : ConsentGiver.Self,
            category == PersonCategory.Pupil ? "Родитель" : null, "участие", Now.AddDays(-1), null);
        return person;
    }
}
