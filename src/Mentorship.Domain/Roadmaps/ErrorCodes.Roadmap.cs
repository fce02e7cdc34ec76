namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of roadmaps and their plan items.</summary>
    public static class Roadmap
    {
        public const string OwnerRequired = "roadmap.owner_required";
        public const string SingleOwner = "roadmap.single_owner";
        public const string AlreadyApproved = "roadmap.already_approved";
        public const string ApprovedNotDeletable = "roadmap.approved_not_deletable";
        public const string ItemClosed = "roadmap.item_closed";
        public const string ItemCannotReturnToPlanned = "roadmap.item_cannot_return_to_planned";
    }
}
