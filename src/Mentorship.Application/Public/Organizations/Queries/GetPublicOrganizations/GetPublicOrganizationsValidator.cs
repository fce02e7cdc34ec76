using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

public sealed class GetPublicOrganizationsValidator : AbstractValidator<GetPublicOrganizationsQuery>
{
    public GetPublicOrganizationsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Kind).IsInEnum();
    }
}
