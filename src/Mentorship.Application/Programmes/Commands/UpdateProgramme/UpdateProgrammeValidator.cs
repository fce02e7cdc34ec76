using FluentValidation;
using Mentorship.Application.Programmes.Commands.CreateProgramme;

namespace Mentorship.Application.Programmes.Commands.UpdateProgramme;

public sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeValidator() => Include(new ProgrammeFieldsValidator());
}
