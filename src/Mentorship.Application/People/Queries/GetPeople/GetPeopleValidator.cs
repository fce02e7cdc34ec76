using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.People.Queries.GetPeople;

public sealed class GetPeopleValidator : AbstractValidator<GetPeopleQuery>
{
    public GetPeopleValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
