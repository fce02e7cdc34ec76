namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Questionnaires (анкеты) and the answers to them.</summary>
    public static class Survey
    {
        public const string SharedForCoordinators = "survey.shared_for_coordinators";
        public const string Published = "survey.published";
        public const string NoQuestions = "survey.no_questions";
        public const string NoSuchQuestion = "survey.no_such_question";
        public const string ChoiceNeedsOptions = "survey.choice_needs_options";
        public const string OptionsOnlyForChoice = "survey.options_only_for_choice";
        public const string NotPublished = "survey.not_published";
        public const string OtherProgramme = "survey.other_programme";
        public const string OtherForm = "survey.other_form";
        public const string OtherRole = "survey.other_role";
        public const string GroupRequired = "survey.group_required";
        public const string CuratorWithoutGroup = "survey.curator_without_group";
        public const string CuratorNotRegistered = "survey.curator_not_registered";
        public const string ScaleAnswerExpected = "survey.scale_answer_expected";
        public const string ChoiceAnswerExpected = "survey.choice_answer_expected";
        public const string TextAnswerExpected = "survey.text_answer_expected";
        public const string OtherTemplate = "survey.other_template";
        public const string RequiredUnanswered = "survey.required_unanswered";
        public const string AlreadySubmitted = "survey.already_submitted";
    }
}
