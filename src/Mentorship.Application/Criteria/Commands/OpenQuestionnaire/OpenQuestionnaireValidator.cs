using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Criteria.Commands.OpenQuestionnaire;

public sealed class OpenQuestionnaireValidator : AbstractValidator<OpenQuestionnaireCommand>
{
    public OpenQuestionnaireValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}
