using FluentValidation;

namespace Mentorship.Application.Documents.Commands.AddDocument;

public sealed class AddDocumentValidator : AbstractValidator<AddDocumentCommand>
{
    public AddDocumentValidator() => Include(c => new DocumentFieldsValidator(c.Level));
}
