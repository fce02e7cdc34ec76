using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;

public sealed class AddSuccessCaseValidator : AbstractValidator<AddSuccessCaseCommand>
{
    public AddSuccessCaseValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
}
