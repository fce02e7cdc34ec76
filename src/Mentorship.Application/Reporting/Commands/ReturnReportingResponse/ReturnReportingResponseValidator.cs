using FluentValidation;
using Mentorship.Domain.Reporting;

namespace Mentorship.Application.Reporting.Commands.ReturnReportingResponse;

public sealed class ReturnReportingResponseValidator : AbstractValidator<ReturnReportingResponseCommand>
{
    public ReturnReportingResponseValidator() => RuleFor(c => c.Comment).NotEmpty().MaximumLength(ReportingResponse.CommentMaxLength);
}
