using FluentValidation;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingProposals;

public sealed class GetMatchingProposalsValidator : AbstractValidator<GetMatchingProposalsQuery>
{
    public GetMatchingProposalsValidator() => RuleFor(q => q.Form).IsInEnum();
}
