using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetIntermediateResults;

public sealed class GetIntermediateResultsValidator : AbstractValidator<GetIntermediateResultsQuery>
{
    public GetIntermediateResultsValidator() => Include(new PagedRequestValidator());
}
