using Mentorship.Domain.Common;
using Mentorship.Domain.Roadmaps;

namespace Mentorship.Domain.UnitTests.Roadmaps;

public class RoadmapTests
{
    private static readonly DateOnly Deadline = new(2024, 10, 1);

    [Test]
    public void A_roadmap_belongs_to_a_municipality_or_an_organisation()
    {
        FluentActions.Invoking(() => new Roadmap(null, null, "ДК", Period, null)).Should().Throw<DomainException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.OwnerRequired, Field = "municipalityId" }, o => o.ExcludingMissingMembers());
        FluentActions.Invoking(() => new Roadmap(Guid.CreateVersion7(), Guid.CreateVersion7(), "ДК", Period, null)).Should().Throw<DomainException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.SingleOwner, Field = "organizationId" }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public void A_period_runs_forward_over_at_most_ten_years_and_holds_the_academic_year()
    {
        FluentActions.Invoking(() => new RoadmapPeriod(2024, 2020)).Should().Throw<DomainException>().Which.Field.Should().Be("endYear");
        FluentActions.Invoking(() => new RoadmapPeriod(2020, 2030)).Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.PeriodInvalid);
        FluentActions.Invoking(() => new RoadmapPeriod(1999, 2001)).Should().Throw<DomainException>().Which.Field.Should().Be("startYear");
        RoadmapPeriod.Of(new AcademicYear(2024)).Should().Be(new RoadmapPeriod(2024, 2025));
        FluentActions.Invoking(() => new Roadmap(Guid.CreateVersion7(), null, "ДК", Period, new AcademicYear(2025))).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.AcademicYearOutsidePeriod);
    }

    [Test]
    public void An_open_item_past_its_deadline_is_flagged_overdue()
    {
        var roadmap = New();
        var item = roadmap.AddItem(Plan("1.1", Deadline), Deadline);

        roadmap.RefreshOverdue(Deadline).Should().Be(0);
        item.IsOverdue.Should().BeFalse();

        roadmap.RefreshOverdue(Deadline.AddDays(1)).Should().Be(1);
        item.IsOverdue.Should().BeTrue();
    }

    [Test]
    public void An_item_added_after_its_deadline_is_overdue_at_once()
    {
        New().AddItem(Plan("1.1", Deadline), Deadline.AddDays(1)).IsOverdue.Should().BeTrue();
    }

    [Test]
    public void A_done_item_is_not_overdue_and_is_done_once()
    {
        var roadmap = New();
        var item = roadmap.AddItem(Plan("2.1", Deadline), Deadline);
        roadmap.RefreshOverdue(Deadline.AddDays(3));

        roadmap.UpdateItem(item, Plan("2.1", Deadline), RoadmapItemStatus.Done, "издан", Deadline.AddDays(3));
        roadmap.RefreshOverdue(Deadline.AddDays(4));

        item.IsOverdue.Should().BeFalse();
        item.Status.Should().Be(RoadmapItemStatus.Done);
        item.CompletedOn.Should().Be(Deadline.AddDays(3));
        FluentActions.Invoking(() => roadmap.UpdateItem(item, Plan("2.1", Deadline), RoadmapItemStatus.Cancelled, null, Deadline.AddDays(4))).Should().Throw<DomainConflictException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.Roadmap.ItemClosed, Field = "status" }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public void An_item_does_not_go_back_to_planned()
    {
        var roadmap = New();
        var item = roadmap.AddItem(Plan("2.1", Deadline), Deadline);
        roadmap.UpdateItem(item, Plan("2.1", Deadline), RoadmapItemStatus.InProgress, null, Deadline);

        FluentActions.Invoking(() => roadmap.UpdateItem(item, Plan("2.1", Deadline), RoadmapItemStatus.Planned, null, Deadline)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.ItemCannotReturnToPlanned);
    }

    [Test]
    public void Numbers_are_unique_in_a_roadmap_whatever_the_trailing_full_stop_and_order_as_numbers()
    {
        var roadmap = New();
        roadmap.AddItem(Plan("1.10", Deadline), Deadline);
        var second = roadmap.AddItem(Plan("1.2", Deadline), Deadline);

        string.CompareOrdinal(second.SortKey, roadmap.Items.First().SortKey).Should().BeNegative();
        FluentActions.Invoking(() => roadmap.AddItem(Plan("1.2.", Deadline), Deadline)).Should().Throw<DomainConflictException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.RoadmapWorkflow.ItemNumberTaken, Field = "number" }, o => o.ExcludingMissingMembers());
        FluentActions.Invoking(() => roadmap.AddItem(Plan("первый", Deadline), Deadline)).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.ItemNumberInvalid);
    }

    [Test]
    public void A_deadline_is_a_date_or_a_term_not_both_nor_neither()
    {
        var roadmap = New();
        FluentActions.Invoking(() => roadmap.AddItem(Plan("1.1", Deadline) with { Term = "Ежемесячно" }, Deadline)).Should().Throw<DomainException>()
            .Which.Should().BeEquivalentTo(new { Code = ErrorCodes.RoadmapWorkflow.DeadlineOrTerm, Field = "term" }, o => o.ExcludingMissingMembers());
        FluentActions.Invoking(() => roadmap.AddItem(Plan("1.1", null), Deadline)).Should().Throw<DomainException>()
            .Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.DeadlineOrTerm);
    }

    [Test]
    public void Completing_an_occurrence_of_a_monthly_item_moves_its_due_date_to_the_next_month_until_the_period_ends()
    {
        var roadmap = New();
        var monthly = roadmap.AddItem(Plan("1.2", null) with { Term = "Ежемесячно" }, new DateOnly(2024, 11, 15));
        monthly.DueDate.Should().Be(new DateOnly(2024, 11, 30));

        roadmap.UpdateItem(monthly, Plan("1.2", null) with { Term = "Ежемесячно" }, RoadmapItemStatus.Done, "заседание", new DateOnly(2024, 11, 28));
        monthly.Should().BeEquivalentTo(new { Status = RoadmapItemStatus.InProgress, DueDate = new DateOnly(2024, 12, 31), OccurrencesDone = 1 }, o => o.ExcludingMissingMembers());

        roadmap.UpdateItem(monthly, Plan("1.2", null) with { Term = "Ежемесячно" }, RoadmapItemStatus.Done, "заседание", new DateOnly(2024, 12, 27));
        monthly.Should().BeEquivalentTo(new { Status = RoadmapItemStatus.Done, DueDate = (DateOnly?)null, OccurrencesDone = 2 }, o => o.ExcludingMissingMembers());
    }

    [Test]
    public void A_roadmap_is_submitted_returned_with_a_comment_and_approved_once_and_then_kept()
    {
        var roadmap = New();
        FluentActions.Invoking(() => roadmap.Submit(Deadline)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.NoItems);
        var item = roadmap.AddItem(Plan("1.1", Deadline), Deadline);
        FluentActions.Invoking(() => roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator")).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.NotSubmitted);

        roadmap.Submit(Deadline).Should().BeFalse();
        FluentActions.Invoking(() => roadmap.RemoveItem(item)).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.NotEditable);
        FluentActions.Invoking(() => roadmap.Return(Deadline, " ")).Should().Throw<DomainException>().Which.Field.Should().Be("comment");
        roadmap.Return(Deadline, "Уточните сроки");
        roadmap.Should().BeEquivalentTo(new { Status = RoadmapStatus.Returned, ReturnComment = "Уточните сроки", IsEditable = true }, o => o.ExcludingMissingMembers());
        roadmap.Submit(Deadline).Should().BeTrue();
        FluentActions.Invoking(roadmap.EnsureDeletable).Should().Throw<DomainConflictException>().Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.NotEditable);
        roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator");

        FluentActions.Invoking(() => roadmap.Approve(DateTimeOffset.UnixEpoch, "coordinator")).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.AlreadyApproved);
        FluentActions.Invoking(roadmap.EnsureDeletable).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.Roadmap.ApprovedNotDeletable);
        FluentActions.Invoking(() => roadmap.UpdateItem(item, Plan("1.1", Deadline.AddDays(1)), null, null, Deadline)).Should().Throw<DomainConflictException>()
            .Which.Code.Should().Be(ErrorCodes.RoadmapWorkflow.NotEditable);
        roadmap.UpdateItem(item, Plan("1.1", Deadline), RoadmapItemStatus.Done, "проведено", Deadline);
        item.Status.Should().Be(RoadmapItemStatus.Done);
    }

    private static RoadmapPeriod Period => new(2024, 2024);

    private static RoadmapItemPlan Plan(string number, DateOnly? deadline) =>
        new(number, RoadmapStage.AnalyticalConceptual, "Анализ кадров", deadline, null, null, "ММЦ", null);

    private static Roadmap New() => new(Guid.CreateVersion7(), null, "Дорожная карта", Period, null);
}
