namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Stage 6: awards, success cases and the final event.</summary>
    public static class Completion
    {
        public const string TerminatedNotAwarded = "completion.terminated_not_awarded";
        public const string CaseAlreadyPublished = "completion.case_already_published";
    }
}
