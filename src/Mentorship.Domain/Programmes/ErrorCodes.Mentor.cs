namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the mentor bank (stage 3) and of a mentor taking mentees.</summary>
    public static class Mentor
    {
        public const string Duplicate = "mentor.duplicate";
        public const string Inactive = "mentor.inactive";
        public const string CapacityExceeded = "mentor.capacity_exceeded";
    }
}
