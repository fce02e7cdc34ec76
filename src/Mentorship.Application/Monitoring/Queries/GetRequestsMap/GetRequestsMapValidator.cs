using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Monitoring.Queries.GetRequestsMap;

public sealed class GetRequestsMapValidator : AbstractValidator<GetRequestsMapQuery>
{
    public GetRequestsMapValidator()
    {
        RuleFor(q => q.RegionId).NotEmpty();
        RuleFor(q => q.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear - 1);
    }
}
