using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetAwards;

public sealed class GetAwardsValidator : AbstractValidator<GetAwardsQuery>
{
    public GetAwardsValidator() => Include(new PagedRequestValidator());
}
