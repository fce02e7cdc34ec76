using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.People.Queries.GetAffiliations;

public sealed class GetAffiliationsValidator : AbstractValidator<GetAffiliationsQuery>
{
    public GetAffiliationsValidator() => Include(new PagedRequestValidator());
}
