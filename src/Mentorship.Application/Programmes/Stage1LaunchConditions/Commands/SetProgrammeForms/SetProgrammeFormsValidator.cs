using FluentValidation;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.SetProgrammeForms;

public sealed class SetProgrammeFormsValidator : AbstractValidator<SetProgrammeFormsCommand>
{
    public SetProgrammeFormsValidator()
    {
        RuleFor(c => c.Forms).NotNull();
        RuleForEach(c => c.Forms).IsInEnum();
        RuleFor(c => c.Formats).NotNull();
        RuleForEach(c => c.Formats).IsInEnum();
    }
}
