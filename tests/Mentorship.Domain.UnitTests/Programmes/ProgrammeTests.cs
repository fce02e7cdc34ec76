using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

public class ProgrammeTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 10, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_new_programme_is_active_at_the_first_stage()
    {
        var programme = New();

        programme.Stage.Should().Be(ProgrammeStage.LaunchConditions);
        programme.Status.Should().Be(ProgrammeStatus.Active);
    }

    [Test]
    public void The_launch_gate_lists_what_is_missing()
    {
        var programme = New();
        programme.AddForm(MentoringForm.TeacherTeacher);
        programme.AddDocument(NormativeDocumentKind.Regulation, "1", new DateOnly(2024, 9, 1), "Положение", null);

        programme.LaunchConditionsGate().Missing.Should().Equal(
            StageGate.Items.Curator, StageGate.Items.Task, StageGate.Items.IntroductionOrder, StageGate.Items.CuratorOrder);
    }

    [Test]
    public void Advance_is_refused_until_the_gate_holds()
    {
        var programme = New();

        var act = () => programme.Advance(StageProgress.None, Now, "curator");

        var refusal = act.Should().Throw<StageGateNotMetException>().Which;
        refusal.Code.Should().Be(ErrorCodes.Stage.GateNotMet);
        refusal.Field.Should().Be("stage");
        refusal.Gate.Missing.Should().HaveCount(6);
        programme.Stage.Should().Be(ProgrammeStage.LaunchConditions);
    }

    [Test]
    public void Advance_moves_one_stage_and_records_it()
    {
        var programme = Launchable();

        programme.Advance(StageProgress.None, Now, "curator");

        programme.Stage.Should().Be(ProgrammeStage.MentorSelection);
        programme.StageHistory.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            From = ProgrammeStage.LaunchConditions,
            To = ProgrammeStage.MentorSelection,
            At = Now,
            By = "curator",
        });
    }

    [Test]
    public void Each_stage_gate_reads_its_own_fact()
    {
        var programme = AtStage(ProgrammeStage.MentorSelection);

        programme.Gate(StageProgress.None with { HasActiveMentor = true, ActiveGroups = 1 }).Missing.Should().Equal(StageGate.Items.TrainedAcceptedMentor);
        FluentActions.Invoking(() => programme.Advance(StageProgress.None with { HasActiveMentor = true }, Now, null))
            .Should().Throw<StageGateNotMetException>().Which.Arguments.Should().Equal(2);

        programme.Advance(StageProgress.None with { HasTrainedAcceptedMentor = true }, Now, null);
        programme.Gate(StageProgress.None).Missing.Should().Equal(StageGate.Items.Mentor);
    }

    [Test]
    public void Going_back_needs_an_earlier_stage_and_a_reason()
    {
        var programme = AtStage(ProgrammeStage.MentorBank);

        FluentActions.Invoking(() => programme.ReturnTo(ProgrammeStage.MentorBank, "why", Now, null)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Stage.ReturnNotEarlier);
        FluentActions.Invoking(() => programme.ReturnTo(ProgrammeStage.Completion, "why", Now, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => programme.ReturnTo(ProgrammeStage.MentorSelection, " ", Now, null))
            .Should().Throw<DomainException>().Which.Field.Should().Be("reason");

        programme.ReturnTo(ProgrammeStage.MentorSelection, "more candidates", Now, "curator");

        programme.Stage.Should().Be(ProgrammeStage.MentorSelection);
        programme.StageHistory.Last().Should().BeEquivalentTo(new { IsReturn = true, Reason = "more candidates" });
    }

    [Test]
    public void Stage_5_with_an_active_pair_waits_for_the_order_on_pairs_and_names_it()
    {
        var programme = AtStage(ProgrammeStage.OrganisationOfWork);
        var refusal = FluentActions.Invoking(() => programme.Advance(StageProgress.None with { ActiveGroups = 1 }, Now, null))
            .Should().Throw<StageGateNotMetException>().Which;
        refusal.Code.Should().Be(ErrorCodes.Documents.PairsOrderMissing);
        refusal.Gate.Missing.Should().Equal(StageGate.Items.PairsOrder);

        programme.AddDocument(NormativeDocumentKind.PairsOrder, "4", new DateOnly(2024, 10, 1), null, "orders/4.pdf", "Директор");
        programme.Advance(StageProgress.None with { ActiveGroups = 1 }, Now, null);
        programme.Stage.Should().Be(ProgrammeStage.Completion);
    }

    [Test]
    public void A_document_keeps_to_the_kinds_of_its_level_and_other_needs_a_title()
    {
        var programme = New();
        FluentActions.Invoking(() => programme.AddDocument(NormativeDocumentKind.MunicipalProgramme, null, new DateOnly(2024, 9, 1), null, null))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Documents.KindNotAtLevel);
        FluentActions.Invoking(() => programme.AddDocument(NormativeDocumentKind.Other, null, new DateOnly(2024, 9, 1), " ", null))
            .Should().Throw<DomainException>().Which.Field.Should().Be("title");
        FluentActions.Invoking(() => programme.AddDocument(NormativeDocumentKind.Regulation, null, new DateOnly(2024, 9, 1), null, "a/../../b"))
            .Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.Programme.DocumentUrlInvalid);
        DocumentRecord.IsFileReference("https://example.org/a.pdf").Should().BeTrue();
        DocumentRecord.IsFileReference("orders/2024/45-od.pdf").Should().BeTrue();
        DocumentRecord.IsFileReference("javascript:alert(1)").Should().BeFalse();
        new OfficialDocument(DocumentLevel.Municipality, Guid.CreateVersion7(), NormativeDocumentKind.RoadmapOrder, "312", new DateOnly(2020, 2, 16), null, null, null)
            .MunicipalityId.Should().NotBeNull();
    }

    [Test]
    public void A_programme_closes_only_at_completion_with_no_active_group()
    {
        var programme = AtStage(ProgrammeStage.OrganisationOfWork);
        FluentActions.Invoking(() => programme.Close(StageProgress.None, Now)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Stage.NotReached);
        programme.AddDocument(NormativeDocumentKind.PairsOrder, "4", new DateOnly(2024, 10, 1), null, null);

        programme.Advance(StageProgress.None with { ActiveGroups = 2 }, Now, null);
        var refusal = FluentActions.Invoking(() => programme.Close(StageProgress.None with { ActiveGroups = 2 }, Now)).Should().Throw<StageGateNotMetException>().Which;
        refusal.Code.Should().Be(ErrorCodes.Stage.GroupsStillActive);
        refusal.Gate.Missing.Should().Equal(StageGate.Items.NoActiveGroup);

        programme.Close(StageProgress.None, Now);

        programme.Status.Should().Be(ProgrammeStatus.Closed);
        FluentActions.Invoking(() => programme.AddForm(MentoringForm.PupilPupil)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Programme.Closed);
        FluentActions.Invoking(() => programme.Close(StageProgress.None, Now)).Should().Throw<DomainException>();
    }

    [Test]
    public void The_last_stage_cannot_be_advanced()
    {
        var programme = AtStage(ProgrammeStage.Completion);

        var act = () => programme.Advance(StageProgress.None, Now, null);

        act.Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.Stage.LastStage);
    }

    [Test]
    public void A_programme_has_one_curator()
    {
        var programme = New();
        programme.AppointCurator(null, "Иванова А. А.", null);

        programme.AppointCurator(null, "Петрова Б. Б.", null);

        programme.TeamMembers.Should().ContainSingle(m => m.Role == TeamRole.Curator).Which.FullName.Should().Be("Петрова Б. Б.");
    }

    [Test]
    public void A_team_member_is_a_person_or_a_name()
    {
        var act = () => New().AddTeamMember(null, " ", "учитель");

        act.Should().Throw<DomainException>().Which.Field.Should().Be("fullName");
    }

    [Test]
    public void A_form_is_listed_once()
    {
        var programme = New();

        programme.AddForm(MentoringForm.PupilPupil);
        programme.AddForm(MentoringForm.PupilPupil);

        programme.Forms.Should().ContainSingle();
    }

    [Test]
    public void An_organisation_is_not_a_partner_of_its_own_programme_nor_twice()
    {
        var programme = New();
        var partner = Guid.CreateVersion7();
        programme.AddPartner(partner, "площадка");

        FluentActions.Invoking(() => programme.AddPartner(partner, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => programme.AddPartner(programme.OrganizationId, null)).Should().Throw<DomainException>();
    }

    [Test]
    public void A_programme_does_not_end_before_it_starts()
    {
        var act = () => new Programme(Guid.CreateVersion7(), "Программа", new AcademicYear(2024), new AcademicYear(2023));

        act.Should().Throw<DomainException>().Which.Field.Should().Be("endYear");
    }

    [Test]
    public void A_programme_covers_its_academic_years()
    {
        var programme = new Programme(Guid.CreateVersion7(), "Программа", new AcademicYear(2024), new AcademicYear(2025));

        programme.CoversYear(new AcademicYear(2025)).Should().BeTrue();
        programme.CoversYear(new AcademicYear(2026)).Should().BeFalse();
    }

    private static Programme New() => new(Guid.CreateVersion7(), "Программа наставничества", new AcademicYear(2024));

    private static Programme Launchable()
    {
        var programme = New();
        programme.AddForm(MentoringForm.TeacherTeacher);
        programme.AppointCurator(Guid.CreateVersion7(), null, "заместитель директора");
        programme.AddTask("Адаптация молодых педагогов", "Закрепление в профессии");
        programme.AddDocument(NormativeDocumentKind.IntroductionOrder, "1", new DateOnly(2024, 9, 1), "Приказ о внедрении", null);
        programme.AddDocument(NormativeDocumentKind.Regulation, "2", new DateOnly(2024, 9, 1), "Положение", null);
        programme.AddDocument(NormativeDocumentKind.CuratorOrder, "3", new DateOnly(2024, 9, 1), "Приказ о кураторе", null);
        return programme;
    }

    private static Programme AtStage(ProgrammeStage stage)
    {
        var programme = Launchable();
        var everythingDone = new StageProgress(HasTrainedAcceptedMentor: true, HasActiveMentor: true, HasMenteeWithRequest: true, ActiveGroups: 1);
        while (programme.Stage < stage)
        {
            if (programme.Stage == ProgrammeStage.OrganisationOfWork)
            {
                programme.AddDocument(NormativeDocumentKind.PairsOrder, "4", new DateOnly(2024, 10, 1), null, null);
            }

            programme.Advance(everythingDone, Now, null);
        }

        return programme;
    }
}
