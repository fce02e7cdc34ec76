using FluentValidation;
using Mentorship.Application.People.Commands.CreatePerson;

namespace Mentorship.Application.People.Commands.UpdatePerson;

public sealed class UpdatePersonValidator : AbstractValidator<UpdatePersonCommand>
{
    public UpdatePersonValidator(TimeProvider time)
    {
        Include(new PersonFieldsValidator(time));
        RuleFor(c => c.Snils).ValidSnils();
    }
}
