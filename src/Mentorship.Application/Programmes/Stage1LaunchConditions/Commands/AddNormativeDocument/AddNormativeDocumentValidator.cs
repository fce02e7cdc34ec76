using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;

public sealed class AddNormativeDocumentValidator : AbstractValidator<AddNormativeDocumentCommand>
{
    public AddNormativeDocumentValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Number).MaximumLength(NormativeDocument.NumberMaxLength);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Url).MaximumLength(TextLengths.Paragraph)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(c => !string.IsNullOrWhiteSpace(c.Url))
            .WithErrorCode(ErrorCodes.Programme.DocumentUrlInvalid);
    }
}
