using FluentValidation;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Public.JoinRequests.Queries.GetJoinRequestStatus;

public sealed class GetJoinRequestStatusValidator : AbstractValidator<GetJoinRequestStatusQuery>
{
    public GetJoinRequestStatusValidator() => RuleFor(q => q.Reference).NotEmpty().MaximumLength(JoinRequest.ReferenceLength);
}
