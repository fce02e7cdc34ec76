using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Criteria.Commands.SetMentorshipContest;

public sealed class SetMentorshipContestValidator : AbstractValidator<SetMentorshipContestCommand>
{
    public SetMentorshipContestValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(c => c.Participated).NotNull();
        RuleFor(c => c.ContestName).MaximumLength(TextLengths.Title);
    }
}
