using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;

public sealed class GetFeedbackValidator : AbstractValidator<GetFeedbackQuery>
{
    public GetFeedbackValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Stage).IsInEnum();
    }
}
