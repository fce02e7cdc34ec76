namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of municipal and count targets, the plan table and the populations they count.</summary>
    public static class Targets
    {
        public const string OneScope = "targets.one_scope";
        public const string YearsReversed = "targets.years_reversed";
        public const string PlanNeedsTerritory = "targets.plan_needs_territory";
        public const string MentoredExceedsEnrolled = "targets.mentored_exceeds_enrolled";
    }
}
