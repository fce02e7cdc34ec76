using FluentValidation;
using Mentorship.Application.Common;
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
                .WithMessage(_ => Texts.Pick("У вопроса с выбором не меньше двух вариантов.", "A choice question has at least two options."));
            q.RuleFor(x => x.Options).Must(o => o is null || o.Count == 0).When(x => x.Kind != SurveyQuestionKind.Choice)
                .WithMessage(_ => Texts.Pick("Варианты бывают только у вопроса с выбором.", "Only a choice question has options."));
            q.RuleForEach(x => x.Options).NotEmpty().MaximumLength(TextLengths.Title);
        });
    }
}
