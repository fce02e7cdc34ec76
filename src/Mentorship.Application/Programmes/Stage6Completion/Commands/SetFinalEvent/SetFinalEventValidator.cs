using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.SetFinalEvent;

public sealed class SetFinalEventValidator : AbstractValidator<SetFinalEventCommand>
{
    public SetFinalEventValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Description).MaximumLength(TextLengths.FreeText);
        RuleFor(c => c.Place).MaximumLength(TextLengths.Title);
    }
}
