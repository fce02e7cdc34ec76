using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Territory.HeadCounts.Commands.ReportHeadCount;

public sealed class ReportHeadCountValidator : AbstractValidator<ReportHeadCountCommand>
{
    public ReportHeadCountValidator()
    {
        RuleFor(c => c.AcademicYear).NotNull();
        RuleFor(c => c.PupilsTotal).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.PupilsInAgeBand).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.PupilsTotal).When(c => c.PupilsTotal is not null);
        RuleFor(c => c.AdditionalEducationPupils).GreaterThanOrEqualTo(0);
        RuleFor(c => c.AdditionalEducationPupilsMentored).GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(c => c.AdditionalEducationPupils ?? 0).WithErrorCode(ErrorCodes.Targets.MentoredExceedsEnrolled);
        RuleFor(c => c.TeachersTotal).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.TeachersUnder35).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.TeachersTotal).When(c => c.TeachersTotal is not null);
        RuleFor(c => c.YoungSpecialists).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.TeachersTotal).When(c => c.TeachersTotal is not null);
    }
}
