using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Public.Practices.Queries.GetPublicPractices;

public sealed class GetPublicPracticesValidator : AbstractValidator<GetPublicPracticesQuery>
{
    public GetPublicPracticesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Form).IsInEnum();
    }
}
