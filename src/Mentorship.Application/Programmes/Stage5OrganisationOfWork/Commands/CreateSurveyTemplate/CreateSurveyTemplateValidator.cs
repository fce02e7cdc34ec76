using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;

public sealed class CreateSurveyTemplateValidator : AbstractValidator<CreateSurveyTemplateCommand>
{
    public CreateSurveyTemplateValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.Point).NotNull().IsInEnum();
        RuleFor(c => c.Form).IsInEnum();
        RuleForEach(c => c.Questions).ChildRules(q =>
        {
            q.RuleFor(x => x.Kind).NotNull().IsInEnum();
            q.RuleFor(x => x.Text).NotEmpty().MaximumLength(TextLengths.Paragraph);
            q.RuleFor(x => x.Options).Must(o => o is { Count: >= 2 }).When(x => x.Kind == SurveyQuestionKind.Choice)
                .WithErrorCode(ErrorCodes.Survey.ChoiceNeedsOptions);
            q.RuleFor(x => x.Options).Must(o => o is null || o.Count == 0).When(x => x.Kind != SurveyQuestionKind.Choice)
                .WithErrorCode(ErrorCodes.Survey.OptionsOnlyForChoice);
            q.RuleForEach(x => x.Options).NotEmpty().MaximumLength(TextLengths.Title);
        });
    }
}
