using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;

public sealed class GetGoalsValidator : AbstractValidator<GetGoalsQuery>
{
    public GetGoalsValidator() => Include(new PagedRequestValidator());
}
