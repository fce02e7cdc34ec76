namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals about a person's insurance number (СНИЛС).</summary>
    public static class Snils
    {
        /// <summary>Not 11 digits, or the control number does not match.</summary>
        public const string Invalid = "snils.invalid";
    }

    /// <summary>Refusals about a person's affiliations with organisations (one person, several organisations).</summary>
    public static class Affiliation
    {
        public const string AlreadyEnded = "affiliation.already_ended";

        /// <summary>The person already belongs to the organisation in that role as their home organisation.</summary>
        public const string IsHomeOrganization = "affiliation.is_home_organization";

        /// <summary>Only a person of the same municipality can be affiliated from outside the caller's scope.</summary>
        public const string OtherMunicipality = "affiliation.other_municipality";
    }
}
