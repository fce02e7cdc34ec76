using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetCoverage;

public sealed class GetCoverageValidator : AbstractValidator<GetCoverageQuery>
{
    public GetCoverageValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Level).IsInEnum();
        RuleFor(q => q.Indicator).IsInEnum();
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(q => q.Breakdown).MaximumLength(IndicatorSnapshot.BreakdownMaxLength);
    }
}
