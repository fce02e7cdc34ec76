using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Territory.HeadCounts.Queries.GetHeadCounts;

public sealed class GetHeadCountsValidator : AbstractValidator<GetHeadCountsQuery>
{
    public GetHeadCountsValidator() => Include(new PagedRequestValidator());
}
