namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the selection and training of mentor candidates (stage 2).</summary>
    public static class Candidate
    {
        public const string Duplicate = "candidate.duplicate";
        public const string NotScored = "candidate.not_scored";
        public const string DecisionTaken = "candidate.decision_taken";
        public const string InMentorBank = "candidate.in_mentor_bank";
        public const string NotAccepted = "candidate.not_accepted";
        public const string TrainingCompleted = "candidate.training_completed";
    }
}
