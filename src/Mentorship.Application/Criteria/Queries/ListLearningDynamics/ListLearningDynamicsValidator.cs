using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Criteria.Queries.ListLearningDynamics;

public sealed class ListLearningDynamicsValidator : AbstractValidator<ListLearningDynamicsQuery>
{
    public ListLearningDynamicsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Year).InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
    }
}
