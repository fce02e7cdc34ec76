using FluentValidation;

namespace Mentorship.Application.Criteria.Commands.AnswerQuestionnaire;

public sealed class AnswerQuestionnaireValidator : AbstractValidator<AnswerQuestionnaireCommand>
{
    public AnswerQuestionnaireValidator()
    {
        RuleFor(c => c.DeficitConditions).IsInEnum();
        RuleFor(c => c.MaterialMotivation).IsInEnum();
        RuleFor(c => c.NonMaterialMotivation).IsInEnum();
    }
}
