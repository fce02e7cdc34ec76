namespace Mentorship.Domain.Common;

/// <summary>
/// The stable code of every rule the API refuses. Clients branch on the code, never on the text: the message
/// catalogue (Application/Resources/ErrorMessages*.resx) holds the Russian and English text of each. One partial
/// file per area keeps the codes next to the rules that use them.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>Refusals that belong to no one area.</summary>
    public static class Common
    {
        public const string InvalidRequest = "common.invalid_request";
        public const string Conflict = "common.conflict";
        public const string NotFound = "common.not_found";
        public const string Forbidden = "common.forbidden";
        public const string Unauthorized = "common.unauthorized";
        public const string StaleVersion = "common.stale_version";
        public const string Duplicate = "common.duplicate";
        public const string Unexpected = "common.unexpected";
        public const string MethodNotAllowed = "common.method_not_allowed";
        public const string UnsupportedMediaType = "common.unsupported_media_type";
        public const string PayloadTooLarge = "common.payload_too_large";
        public const string TooManyRequests = "common.too_many_requests";
        public const string ServiceUnavailable = "common.service_unavailable";
    }

    /// <summary>Input checks: the shape of a value, whatever the rule it serves.</summary>
    public static class Validation
    {
        public const string Failed = "validation.failed";
        public const string Required = "validation.required";
        public const string TooLong = "validation.too_long";
        public const string OutOfRange = "validation.out_of_range";
        public const string Negative = "validation.negative";
        public const string NotPositive = "validation.not_positive";
        public const string TooEarly = "validation.too_early";
        public const string InvalidValue = "validation.invalid_value";
        public const string InvalidJson = "validation.invalid_json";
        public const string UnknownField = "validation.unknown_field";
        public const string InvalidParameter = "validation.invalid_parameter";
        public const string BodyRequired = "validation.body_required";
        public const string ControlCharacter = "validation.control_character";
        public const string NullElement = "validation.null_element";
    }

    /// <summary>Academic years (учебный год) such as "2024/2025".</summary>
    public static class AcademicYear
    {
        public const string OutOfRange = "academic_year.out_of_range";
        public const string Invalid = "academic_year.invalid";
    }
}
