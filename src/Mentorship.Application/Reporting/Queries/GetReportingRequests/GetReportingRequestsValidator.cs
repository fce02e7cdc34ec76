using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Reporting.Queries.GetReportingRequests;

public sealed class GetReportingRequestsValidator : AbstractValidator<GetReportingRequestsQuery>
{
    public GetReportingRequestsValidator() => Include(new PagedRequestValidator());
}
