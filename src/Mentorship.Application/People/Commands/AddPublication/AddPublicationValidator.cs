using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.People.Commands.AddPublication;

public sealed class AddPublicationValidator : AbstractValidator<AddPublicationCommand>
{
    public AddPublicationValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Url).MaximumLength(TextLengths.Paragraph)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _)).When(c => !string.IsNullOrWhiteSpace(c.Url));
    }
}
