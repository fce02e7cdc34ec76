using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplates;

public sealed class GetSurveyTemplatesValidator : AbstractValidator<GetSurveyTemplatesQuery>
{
    public GetSurveyTemplatesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Role).IsInEnum();
        RuleFor(q => q.Point).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
    }
}
