namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>The municipal bank of mentors and experts, and the training rule of every mentor bank.</summary>
    public static class MentorBank
    {
        public const string TrainingRequired = "mentor_bank.training_required";
        public const string Duplicate = "mentor_bank.duplicate";
        public const string PersonOutsideMunicipality = "mentor_bank.person_outside_municipality";
        public const string NetworkFormatRequired = "mentor_bank.network_format_required";
        public const string Inactive = "mentor_bank.inactive";
        public const string CapacityExceeded = "mentor_bank.capacity_exceeded";
    }

    /// <summary>The conditions a form puts on a pair: the mentee's organisation and status, the teacher model.</summary>
    public static class PairRules
    {
        public const string FormForOrphans = "pair.form_for_orphans";
        public const string TeacherElementRequired = "pair.teacher_element_required";
        public const string TeacherDeficitRequired = "pair.teacher_deficit_required";
        public const string TeacherModelOnlyForTeachers = "pair.teacher_model_only_for_teachers";
    }
}
