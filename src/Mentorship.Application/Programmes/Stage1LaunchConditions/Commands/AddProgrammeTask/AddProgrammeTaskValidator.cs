using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddProgrammeTask;

public sealed class AddProgrammeTaskValidator : AbstractValidator<AddProgrammeTaskCommand>
{
    public AddProgrammeTaskValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.Paragraph);
        RuleFor(c => c.ExpectedResult).MaximumLength(TextLengths.Paragraph);
    }
}
