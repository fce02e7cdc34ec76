using FluentValidation;
using Mentorship.Application.Documents;
using Mentorship.Domain.Documents;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.AddNormativeDocument;

public sealed class AddNormativeDocumentValidator : AbstractValidator<AddNormativeDocumentCommand>
{
    public AddNormativeDocumentValidator() => Include(new DocumentFieldsValidator(DocumentLevel.Programme));
}
