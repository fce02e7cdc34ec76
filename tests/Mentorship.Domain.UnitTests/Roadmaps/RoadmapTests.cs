using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Domain.UnitTests.Roadmaps;

public class RoadmapTests
{
    private static readonly DateOnly Deadline = new(2024, 10, 1);

    [Test]
    public void A_roadmap_belongs_to_a_municipality_or_an_organisation()
    {
        FluentActions.Invoking(() => new Roadmap(null, null, "ДК", new AcademicYear(2024))).Should().Throw<DomainException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.OwnerRequired, Field = "municipalityId" }, o => o.ExcludingMissingMembers());
        FluentActions.Invoking(() => new Roadmap(Guid.CreateVersion7(), Guid.CreateVersion7(), "ДК", new AcademicYear(2024))).Should().Throw<DomainException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.SingleOwner, Field = "organizationId" }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public void An_open_item_past_its_deadline_is_flagged_overdue()
    {
        var roadmap = New();
        var item = roadmap.AddItem(RoadmapStage.AnalyticalConceptual, "Анализ кадров", Deadline, "ММЦ", Deadline);

        roadmap.RefreshOverdue(Deadline).Should().Be(0);
        item.IsOverdue.Should().BeFalse();

        roadmap.RefreshOverdue(Deadline.AddDays(1)).Should().Be(1);
        item.IsOverdue.Should().BeTrue();
    }

    [Test]
    public void An_item_added_after_its_deadline_is_overdue_at_once()
    {
        New().AddItem(RoadmapStage.AnalyticalConceptual, "Анализ кадров", Deadline, null, Deadline.AddDays(1)).IsOverdue.Should().BeTrue();
    }

    [Test]
    public void A_done_item_is_not_overdue_and_is_done_once()
    {
        var roadmap = New();
        var item = roadmap.AddItem(RoadmapStage.OrganisationalPreparatory, "Приказ", Deadline, null, Deadline);
        roadmap.RefreshOverdue(Deadline.AddDays(3));

        item.MoveTo(RoadmapItemStatus.Done, Deadline.AddDays(3), "издан");
        roadmap.RefreshOverdue(Deadline.AddDays(4));

        item.IsOverdue.Should().BeFalse();
        item.Status.Should().Be(RoadmapItemStatus.Done);
        item.CompletedOn.Should().Be(Deadline.AddDays(3));
        FluentActions.Invoking(() => item.MoveTo(RoadmapItemStatus.Cancelled, Deadline.AddDays(4), null)).Should().Throw<DomainConflictException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.ItemClosed, Field = "status" }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public void An_item_does_not_go_back_to_planned()
    {
        var item = New().AddItem(RoadmapStage.OrganisationalPreparatory, "Приказ", Deadline, null, Deadline);
        item.MoveTo(RoadmapItemStatus.InProgress, Deadline, null);

        FluentActions.Invoking(() => item.MoveTo(RoadmapItemStatus.Planned, Deadline, null)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.ItemCannotReturnToPlanned);
    }

    [Test]
    public void A_roadmap_is_approved_once_and_then_kept()
    {
        var roadmap = New();
        roadmap.EnsureDeletable();
        roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator");

        FluentActions.Invoking(() => roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator")).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.AlreadyApproved);
        FluentActions.Invoking(roadmap.EnsureDeletable).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.ApprovedNotDeletable);
    }

    private static Roadmap New() => new(Guid.CreateVersion7(), null, "Дорожная карта", new AcademicYear(2024));
}
