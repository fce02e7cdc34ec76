using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Public.Partners.Queries.GetPublicPartners;

public sealed class GetPublicPartnersValidator : AbstractValidator<GetPublicPartnersQuery>
{
    public GetPublicPartnersValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Kind).IsInEnum();
    }
}
