using FluentValidation;
using Mentorship.Application.Documents;
using Mentorship.Domain.Documents;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.UpdateNormativeDocument;

public sealed class UpdateNormativeDocumentValidator : AbstractValidator<UpdateNormativeDocumentCommand>
{
    public UpdateNormativeDocumentValidator() => Include(new DocumentFieldsValidator(DocumentLevel.Programme));
}
