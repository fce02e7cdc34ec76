using FluentValidation;

namespace Mentorship.Application.People.Commands.CreatePerson;

public sealed class CreatePersonValidator : AbstractValidator<CreatePersonCommand>
{
    public CreatePersonValidator(TimeProvider time)
    {
        Include(new PersonFieldsValidator(time));
        RuleFor(c => c.Snils).ValidSnils();
    }
}
