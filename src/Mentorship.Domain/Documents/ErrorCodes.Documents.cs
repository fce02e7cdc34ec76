namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the documents of an organisation, a programme or a municipality.</summary>
    public static class Documents
    {
        /// <summary>The kind belongs to another level (a municipal programme cannot be a school's document).</summary>
        public const string KindNotAtLevel = "document.kind_not_at_level";

        /// <summary>A document of the kind "other" needs a title.</summary>
        public const string TitleRequired = "document.title_required";

        /// <summary>Pairs or groups are confirmed but the order on them (приказ о закреплении пар) is not recorded.</summary>
        public const string PairsOrderMissing = "document.pairs_order_missing";
    }

    /// <summary>Refusals about the partners of a programme.</summary>
    public static class Partners
    {
        /// <summary>Neither an organisation id nor an INN names the partner, or both do.</summary>
        public const string OrganizationOrInn = "partner.organization_or_inn";

        /// <summary>The INN names no organisation and no name was given to create one.</summary>
        public const string NameRequired = "partner.name_required";
    }
}
