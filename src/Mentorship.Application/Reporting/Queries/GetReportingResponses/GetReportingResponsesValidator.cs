using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Reporting.Queries.GetReportingResponses;

public sealed class GetReportingResponsesValidator : AbstractValidator<GetReportingResponsesQuery>
{
    public GetReportingResponsesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
    }
}
