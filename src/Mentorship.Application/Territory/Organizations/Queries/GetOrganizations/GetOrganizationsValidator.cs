using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Territory.Organizations.Queries.GetOrganizations;

public sealed class GetOrganizationsValidator : AbstractValidator<GetOrganizationsQuery>
{
    public GetOrganizationsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
