namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Stage 5: confirming, changing and ending pairs and groups, and their records (goals, meetings, notes…).</summary>
    public static class Group
    {
        public const string FormNotInProgramme = "group.form_not_in_programme";
        public const string FormatNotInProgramme = "group.format_not_in_programme";
        public const string MentorAndMenteeRequired = "group.mentor_and_mentee_required";
        public const string MemberListedTwice = "group.member_listed_twice";
        public const string MentorNotInBank = "group.mentor_not_in_bank";
        public const string MenteeNotInBank = "group.mentee_not_in_bank";
        public const string MentorInactive = "group.mentor_inactive";
        public const string MentorCapacityExceeded = "group.mentor_capacity_exceeded";
        public const string MenteeInactive = "group.mentee_inactive";
        public const string MenteeAlreadyPaired = "group.mentee_already_paired";
        public const string MemberWithoutConsent = "group.member_without_consent";
        public const string FormDisallowsMember = "group.form_disallows_member";
        public const string FormForSpecialNeeds = "group.form_for_special_needs";
        public const string AlreadyMember = "group.already_member";
        public const string OneToOneSideTaken = "group.one_to_one_side_taken";
        public const string NotAMember = "group.not_a_member";
        public const string NotAMentee = "group.not_a_mentee";
        public const string SameMentor = "group.same_mentor";
        public const string NotActive = "group.not_active";
        public const string EndsBeforeMemberJoined = "group.ends_before_member_joined";
        public const string OutcomeEndsGroup = "group.outcome_ends_group";
        public const string MeetingBeforeStart = "group.meeting_before_start";
        public const string FeedbackAuthorRequired = "group.feedback_author_required";
        public const string FeedbackAuthorNotMember = "group.feedback_author_not_member";
        public const string GoalClosed = "group.goal_closed";
        public const string GoalClosingOutcome = "group.goal_closing_outcome";
        public const string PrivateNoteForMentors = "group.private_note_for_mentors";
    }
}
