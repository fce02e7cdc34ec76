using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddInformingRecord;

public sealed class AddInformingRecordValidator : AbstractValidator<AddInformingRecordCommand>
{
    public AddInformingRecordValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.InformedOn).NotNull();
        RuleFor(c => c.Note).MaximumLength(TextLengths.FreeText);
    }
}
