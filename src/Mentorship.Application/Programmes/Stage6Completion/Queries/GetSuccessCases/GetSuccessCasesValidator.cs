using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;

public sealed class GetSuccessCasesValidator : AbstractValidator<GetSuccessCasesQuery>
{
    public GetSuccessCasesValidator() => Include(new PagedRequestValidator());
}
