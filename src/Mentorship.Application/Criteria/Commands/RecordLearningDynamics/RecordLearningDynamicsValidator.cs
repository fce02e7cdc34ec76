using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Criteria.Commands.RecordLearningDynamics;

public sealed class RecordLearningDynamicsValidator : AbstractValidator<RecordLearningDynamicsCommand>
{
    public RecordLearningDynamicsValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(c => c.PersonId).NotEmpty();
        RuleFor(c => c.Dynamics).NotNull().IsInEnum();
        RuleFor(c => c.PeriodFrom).NotNull();
        RuleFor(c => c.PeriodTo).NotNull();
    }
}
