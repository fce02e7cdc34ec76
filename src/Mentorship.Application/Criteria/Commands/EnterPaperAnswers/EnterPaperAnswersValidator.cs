using FluentValidation;

namespace Mentorship.Application.Criteria.Commands.EnterPaperAnswers;

public sealed class EnterPaperAnswersValidator : AbstractValidator<EnterPaperAnswersCommand>
{
    public EnterPaperAnswersValidator()
    {
        RuleFor(c => c.Answers).NotEmpty();
        RuleFor(c => c.Answers!.Count).LessThanOrEqualTo(EnterPaperAnswersCommand.MaxAnswers).OverridePropertyName("answers").When(c => c.Answers is not null);
        RuleForEach(c => c.Answers).NotNull().ChildRules(answer =>
        {
            answer.RuleFor(a => a.DeficitConditions).IsInEnum();
            answer.RuleFor(a => a.MaterialMotivation).IsInEnum();
            answer.RuleFor(a => a.NonMaterialMotivation).IsInEnum();
        });
    }
}
