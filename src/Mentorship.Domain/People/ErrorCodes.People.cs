namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals about a person and their records.</summary>
    public static class Person
    {
        /// <summary>The person's data was erased (152-FZ): the record takes no changes and no new records.</summary>
        public const string Erased = "person.erased";
        public const string GradeForPupilsOnly = "person.grade_for_pupils_only";
        public const string BirthDateOutOfRange = "person.birth_date_out_of_range";
        public const string EmploymentForTeachersOnly = "person.employment_for_teachers_only";
        public const string EmploymentAlreadyEnded = "person.employment_already_ended";
        public const string ContestDateOutsideYear = "person.contest_date_outside_year";
    }

    /// <summary>Refusals about consents to the processing of personal data.</summary>
    public static class Consent
    {
        public const string RepresentativeRequired = "consent.representative_required";
        public const string RepresentativeNotExpected = "consent.representative_not_expected";
        public const string MinorRequiresRepresentative = "consent.minor_requires_representative";
        public const string CoSignatureNotApplicable = "consent.co_signature_not_applicable";
        public const string GivenInFuture = "consent.given_in_future";
        public const string NotFound = "consent.not_found";
        public const string AlreadyRevoked = "consent.already_revoked";
        public const string RevokedBeforeGiven = "consent.revoked_before_given";
    }
}
