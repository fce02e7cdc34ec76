namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the analysts' exports.</summary>
    public static class Export
    {
        public const string UnknownDataset = "export.unknown_dataset";
        public const string RequestsMapNeedsRegion = "export.requests_map_needs_region";
        public const string UnknownFormat = "export.unknown_format";

        /// <summary>The CSV delimiter is none of ";", "," and tab (the code keeps the parameter's former name).</summary>
        public const string UnknownDelimiter = "export.unknown_separator";
    }
}
