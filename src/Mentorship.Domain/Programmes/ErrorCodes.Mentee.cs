namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the mentee bank (stage 4).</summary>
    public static class Mentee
    {
        public const string Duplicate = "mentee.duplicate";
        public const string RequestWithoutTags = "mentee.request_without_tags";
    }
}
