using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Public.Indicators.Queries.GetPublicIndicators;

public sealed class GetPublicIndicatorsValidator : AbstractValidator<GetPublicIndicatorsQuery>
{
    public GetPublicIndicatorsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Level).IsInEnum().NotEqual(MonitoringLevel.Organization);
        RuleFor(q => q.Indicator).IsInEnum();
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}
