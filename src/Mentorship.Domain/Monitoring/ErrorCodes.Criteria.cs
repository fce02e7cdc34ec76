namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the inputs of the efficiency criteria: teacher questionnaire, reported dynamics, contest information.</summary>
    public static class Criteria
    {
        public const string QuestionnaireExists = "criteria.questionnaire_exists";
        public const string QuestionnaireClosed = "criteria.questionnaire_closed";
        public const string NotTeacherOfOrganization = "criteria.not_teacher_of_organization";
        public const string NotMenteeInYear = "criteria.not_mentee_in_year";
        public const string PeriodReversed = "criteria.period_reversed";
        public const string DistributionNeedsTerritory = "criteria.distribution_needs_territory";
    }
}
