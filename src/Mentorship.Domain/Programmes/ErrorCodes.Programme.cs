namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of a programme and its launch conditions (stage 1).</summary>
    public static class Programme
    {
        public const string Closed = "programme.closed";
        public const string EndsBeforeStart = "programme.ends_before_start";
        public const string TeamMemberDuplicate = "programme.team_member_duplicate";
        public const string TeamMemberUnnamed = "programme.team_member_unnamed";
        public const string PartnerIsOwner = "programme.partner_is_owner";
        public const string PartnerDuplicate = "programme.partner_duplicate";
        public const string DocumentUrlInvalid = "programme.document_url_invalid";
    }
}
