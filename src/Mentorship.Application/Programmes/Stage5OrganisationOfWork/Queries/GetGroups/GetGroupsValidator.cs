using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroups;

public sealed class GetGroupsValidator : AbstractValidator<GetGroupsQuery>
{
    public GetGroupsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Form).IsInEnum();
    }
}
