using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Monitoring.Queries.GetStaleGroups;

public sealed class GetStaleGroupsValidator : AbstractValidator<GetStaleGroupsQuery>
{
    public GetStaleGroupsValidator() => Include(new PagedRequestValidator());
}
