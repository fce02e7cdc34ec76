using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddIntermediateResult;

public sealed class AddIntermediateResultValidator : AbstractValidator<AddIntermediateResultCommand>
{
    public AddIntermediateResultValidator()
    {
        RuleFor(c => c.RecordedOn).NotNull();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
}
