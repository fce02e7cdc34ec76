using FluentValidation;

namespace Mentorship.Application.Common.Models;

public sealed class PagedRequestValidator : AbstractValidator<IPagedRequest>
{
    public PagedRequestValidator()
    {
        // Past MaxPage the offset overflows to a negative number, which PostgreSQL refuses (a 500 before this rule).
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(PageRequest.MaxPage);
        RuleFor(r => r.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}
