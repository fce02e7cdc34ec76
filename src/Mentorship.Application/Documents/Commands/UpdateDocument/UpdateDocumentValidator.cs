using FluentValidation;

namespace Mentorship.Application.Documents.Commands.UpdateDocument;

public sealed class UpdateDocumentValidator : AbstractValidator<UpdateDocumentCommand>
{
    public UpdateDocumentValidator() => Include(c => new DocumentFieldsValidator(c.Level));
}
