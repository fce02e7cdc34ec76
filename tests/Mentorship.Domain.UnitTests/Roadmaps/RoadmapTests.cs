using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Domain.UnitTests.Roadmaps;

public class RoadmapTests
{
    private static readonly DateOnly Deadline = new(2024, 10, 1);

    [Test]
    public void A_roadmap_belongs_to_a_municipality_or_an_organisation()
    {
        FluentActions.Invoking(() => new Roadmap(null, null, "ДК", new AcademicYear(2024))).Should().Throw<DomainException>();
        FluentActions.Invoking(() => new Roadmap(Guid.CreateVersion7(), Guid.CreateVersion7(), "ДК", new AcademicYear(2024))).Should().Throw<DomainException>();
    }

    [Test]
    public void An_open_item_past_its_deadline_is_flagged_overdue()
    {
        var roadmap = New();
        var item = roadmap.AddItem(RoadmapStage.AnalyticalConceptual, "Анализ кадров", Deadline, "ММЦ");

        roadmap.RefreshOverdue(Deadline).Should().Be(0);
        item.IsOverdue.Should().BeFalse();

        roadmap.RefreshOverdue(Deadline.AddDays(1)).Should().Be(1);
        item.IsOverdue.Should().BeTrue();
    }

    [Test]
    public void A_done_item_is_not_overdue_and_is_done_once()
    {
        var roadmap = New();
        var item = roadmap.AddItem(RoadmapStage.OrganisationalPreparatory, "Приказ", Deadline, null);
        roadmap.RefreshOverdue(Deadline.AddDays(3));

        item.Complete(Deadline.AddDays(3), "издан");
        roadmap.RefreshOverdue(Deadline.AddDays(4));

        item.IsOverdue.Should().BeFalse();
        item.Status.Should().Be(RoadmapItemStatus.Done);
        FluentActions.Invoking(() => item.Cancel(null)).Should().Throw<DomainException>();
    }

    [Test]
    public void A_roadmap_is_approved_once()
    {
        var roadmap = New();
        roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator");

        FluentActions.Invoking(() => roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator")).Should().Throw<DomainException>();
    }

    private static Roadmap New() => new(Guid.CreateVersion7(), null, "Дорожная карта", new AcademicYear(2024));
}
