namespace Mentorship.Domain.Common;

/// <summary>Codes of the refusals the HTTP layer makes itself: export parameters and uploaded CSV files.</summary>
public static partial class ErrorCodes
{
    /// <summary>The format and separator of an export.</summary>
    public static class ExportRequest
    {
        public const string UnknownFormat = "export.unknown_format";
        public const string UnknownSeparator = "export.unknown_separator";
    }

    /// <summary>An uploaded CSV file of people.</summary>
    public static class Upload
    {
        public const string CsvEmpty = "upload.csv_empty";
        public const string TooManyRows = "upload.too_many_rows";
        public const string InvalidValue = "upload.invalid_value";
    }
}
