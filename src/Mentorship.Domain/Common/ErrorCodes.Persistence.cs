namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals the database itself makes.</summary>
    public static class Persistence
    {
        /// <summary>A unique index refused the write: the record exists already.</summary>
        public const string RecordExists = "persistence.record_exists";
    }
}
