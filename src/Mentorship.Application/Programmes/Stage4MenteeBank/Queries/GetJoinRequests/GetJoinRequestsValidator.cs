using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;

public sealed class GetJoinRequestsValidator : AbstractValidator<GetJoinRequestsQuery>
{
    public GetJoinRequestsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
    }
}
