namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of requests to join a programme sent from the open information resource, and of their handling.</summary>
    public static class JoinRequests
    {
        public const string ConsentRequired = "join_request.consent_required";
        public const string ContactRequired = "join_request.contact_required";
        public const string AgeOrGradeRequired = "join_request.age_or_grade_required";
        public const string ChildNotMinor = "join_request.child_not_minor";
        public const string PupilTooYoung = "join_request.pupil_too_young";
        public const string AlreadyHandled = "join_request.already_handled";
    }

    /// <summary>Refusals of what a programme shows on the open information resource for parents and pupils.</summary>
    public static class PublicPage
    {
        public const string NoCurator = "public_page.no_curator";
        public const string CuratorContactRequired = "public_page.curator_contact_required";
    }
}
