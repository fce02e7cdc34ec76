using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Territory.Municipalities.Queries.GetMunicipalities;

public sealed class GetMunicipalitiesValidator : AbstractValidator<GetMunicipalitiesQuery>
{
    public GetMunicipalitiesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
