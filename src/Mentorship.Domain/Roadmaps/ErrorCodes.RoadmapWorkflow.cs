namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of a roadmap's period, numbered items, deadlines and its submit–return–approve workflow.</summary>
    public static class RoadmapWorkflow
    {
        public const string PeriodInvalid = "roadmap_workflow.period_invalid";
        public const string AcademicYearOutsidePeriod = "roadmap_workflow.academic_year_outside_period";
        public const string NotEditable = "roadmap_workflow.not_editable";
        public const string NotSubmittable = "roadmap_workflow.not_submittable";
        public const string NoItems = "roadmap_workflow.no_items";
        public const string NotSubmitted = "roadmap_workflow.not_submitted";
        public const string NotReviewer = "roadmap_workflow.not_reviewer";
        public const string ItemNumberInvalid = "roadmap_workflow.item_number_invalid";
        public const string ItemNumberTaken = "roadmap_workflow.item_number_taken";
        public const string DeadlineOrTerm = "roadmap_workflow.deadline_or_term";
        public const string TermOutsidePeriod = "roadmap_workflow.term_outside_period";
    }
}
