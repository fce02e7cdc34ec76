using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMenteeRequest;

public sealed class AddMenteeRequestValidator : AbstractValidator<AddMenteeRequestCommand>
{
    public AddMenteeRequestValidator()
    {
        RuleFor(r => r.Text).MaximumLength(TextLengths.FreeText);
        RuleFor(r => r.Tags).NotEmpty();
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}
