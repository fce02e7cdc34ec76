using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

public sealed class SubmitSurveyResponseValidator : AbstractValidator<SubmitSurveyResponseCommand>
{
    public SubmitSurveyResponseValidator()
    {
        RuleFor(c => c.ProgrammeId).NotEmpty();
        RuleFor(c => c.Answers).NotNull();
        RuleForEach(c => c.Answers).ChildRules(a =>
        {
            a.RuleFor(x => x.QuestionId).NotEmpty();
            a.RuleFor(x => x.Scale).InclusiveBetween(SurveyTemplate.MinScale, SurveyTemplate.MaxScale);
            a.RuleFor(x => x.Text).MaximumLength(TextLengths.FreeText);
        });
    }
}
