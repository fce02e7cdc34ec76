using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Reporting.Commands.SendReportingRequest;

public sealed class SendReportingRequestValidator : AbstractValidator<SendReportingRequestCommand>
{
    public SendReportingRequestValidator()
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Deadline).NotNull();
        RuleFor(c => c.Sections).NotEmpty();
        RuleForEach(c => c.Sections).IsInEnum();
    }
}
