using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddNote;

public sealed class AddNoteValidator : AbstractValidator<AddNoteCommand>
{
    public AddNoteValidator()
    {
        RuleFor(c => c.Visibility).NotNull().IsInEnum();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.FreeText);
    }
}
