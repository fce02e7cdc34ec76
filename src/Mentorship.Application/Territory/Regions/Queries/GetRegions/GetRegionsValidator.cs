using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Territory.Regions.Queries.GetRegions;

public sealed class GetRegionsValidator : AbstractValidator<GetRegionsQuery>
{
    public GetRegionsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
