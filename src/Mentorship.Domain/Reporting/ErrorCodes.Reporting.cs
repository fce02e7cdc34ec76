namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of reporting requests (запрос в ОО) and of the organisations' answers to them.</summary>
    public static class Reporting
    {
        public const string NoSections = "reporting.no_sections";
        public const string TerritoryRequired = "reporting.territory_required";
        public const string MunicipalityOutsideRegion = "reporting.municipality_outside_region";
        public const string NoOrganizations = "reporting.no_organizations";
        public const string SectionNotAsked = "reporting.section_not_asked";
        public const string SectionMissing = "reporting.section_missing";
        public const string PartExceedsWhole = "reporting.part_exceeds_whole";
        public const string NotEditable = "reporting.not_editable";
        public const string NotSubmitted = "reporting.not_submitted";
    }
}
