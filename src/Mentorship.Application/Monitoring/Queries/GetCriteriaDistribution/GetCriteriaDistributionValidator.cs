using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Monitoring.Queries.GetCriteriaDistribution;

public sealed class GetCriteriaDistributionValidator : AbstractValidator<GetCriteriaDistributionQuery>
{
    public GetCriteriaDistributionValidator()
    {
        RuleFor(q => q.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(q => q.RegionId).NotEmpty().When(q => q.MunicipalityId is null)
            .WithErrorCode(ErrorCodes.Criteria.DistributionNeedsTerritory);
    }
}
