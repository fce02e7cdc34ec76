using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

public sealed class GetEfficiencyValidator : AbstractValidator<GetEfficiencyQuery>
{
    public GetEfficiencyValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty();
        RuleFor(q => q.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}
