using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Queries.GetProgrammeHistory;

public sealed class GetProgrammeHistoryValidator : AbstractValidator<GetProgrammeHistoryQuery>
{
    public GetProgrammeHistoryValidator() => Include(new PagedRequestValidator());
}
