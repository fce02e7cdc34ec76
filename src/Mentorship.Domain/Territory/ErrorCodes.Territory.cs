namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals about regions.</summary>
    public static class Region
    {
        public const string InvalidCode = "region.invalid_code";
        public const string InvalidAgeBand = "region.invalid_age_band";
        public const string UnknownTimeZone = "region.unknown_time_zone";
    }

    /// <summary>Refusals about municipalities.</summary>
    public static class Municipality
    {
        public const string InvalidOktmo = "municipality.invalid_oktmo";
    }

    /// <summary>Refusals about organisations.</summary>
    public static class Organization
    {
        public const string InvalidInn = "organization.invalid_inn";
        public const string InvalidWebsite = "organization.invalid_website";
        public const string Archived = "organization.archived";
        public const string AlreadyArchived = "organization.already_archived";
    }

    /// <summary>Refusals about an organisation's head-count report.</summary>
    public static class HeadCount
    {
        public const string AgeBandExceedsPupils = "head_count.age_band_exceeds_pupils";
        public const string Under35ExceedsTeachers = "head_count.under_35_exceeds_teachers";
        public const string YoungSpecialistsExceedTeachers = "head_count.young_specialists_exceed_teachers";
    }
}
