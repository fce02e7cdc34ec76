using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Integration.Commands.ReportHeadCounts;

public sealed class ReportHeadCountsValidator : AbstractValidator<ReportHeadCountsCommand>
{
    public ReportHeadCountsValidator()
    {
        RuleFor(c => c.Items).NotEmpty();
        RuleFor(c => c.Items!.Count).LessThanOrEqualTo(IntegrationLimits.MaxBatchSize).OverridePropertyName("items").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(row =>
        {
            row.RuleFor(r => r.OrganizationId).NotEmpty();
            row.RuleFor(r => r.AcademicYear).NotNull();
            row.RuleFor(r => r.PupilsTotal).NotNull().GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.PupilsInAgeBand).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.PupilsTotal).When(r => r.PupilsTotal is not null);
            row.RuleFor(r => r.AdditionalEducationPupils).GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.AdditionalEducationPupilsMentored).GreaterThanOrEqualTo(0)
                .LessThanOrEqualTo(r => r.AdditionalEducationPupils ?? 0).WithErrorCode(ErrorCodes.Targets.MentoredExceedsEnrolled);
            row.RuleFor(r => r.TeachersTotal).NotNull().GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.TeachersUnder35).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.TeachersTotal).When(r => r.TeachersTotal is not null);
            row.RuleFor(r => r.YoungSpecialists).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(r => r.TeachersTotal).When(r => r.TeachersTotal is not null);
        });
    }
}
