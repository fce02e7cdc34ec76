namespace Mentorship.Domain.Common;

/// <summary>Codes of the refusals the HTTP layer makes itself: idempotency keys and uploaded CSV files.</summary>
public static partial class ErrorCodes
{
    /// <summary>The Idempotency-Key of an integration write.</summary>
    public static class Idempotency
    {
        public const string KeyRequired = "idempotency.key_required";
        public const string InProgress = "idempotency.in_progress";
        public const string KeyReused = "idempotency.key_reused";
    }

    /// <summary>An uploaded CSV file of people.</summary>
    public static class Upload
    {
        public const string CsvEmpty = "upload.csv_empty";
        public const string TooManyRows = "upload.too_many_rows";
        public const string InvalidValue = "upload.invalid_value";
    }
}
