namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Why a matching run (stage 5 as a background job) ended without a result.</summary>
    public static class MatchingRun
    {
        /// <summary>The computation failed on an error that is no refusal of the domain (see the log).</summary>
        public const string Failed = "matching_run.failed";

        /// <summary>The worker stopped giving signs of life; the run was given up so that a new one can start.</summary>
        public const string Abandoned = "matching_run.abandoned";
    }
}
