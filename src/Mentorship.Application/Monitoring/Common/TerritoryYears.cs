using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>A report of a region or one municipality over a range of calendar years (2019–2024 by default).</summary>
public interface ITerritoryYears
{
    Guid? RegionId { get; }

    Guid? MunicipalityId { get; }

    int? FromYear { get; }

    int? ToYear { get; }
}

/// <summary>A region or a municipality is named; the years lie in range, the first not after the last.</summary>
public sealed class TerritoryYearsValidator : AbstractValidator<ITerritoryYears>
{
    public TerritoryYearsValidator()
    {
        RuleFor(q => q.RegionId).NotNull().When(q => q.MunicipalityId is null);
        RuleFor(q => q.FromYear).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(q => q.ToYear).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear)
            .GreaterThanOrEqualTo(q => q.FromYear ?? PlanTable.DefaultFrom).WithErrorCode(ErrorCodes.Targets.YearsReversed);
    }
}
