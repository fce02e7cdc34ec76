using FluentValidation;

namespace Mentorship.Application.Programmes.Commands.CreateProgramme;

public sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        Include(new ProgrammeFieldsValidator());
    }
}
