using FluentValidation;

namespace Mentorship.Application.People.Commands.EndEmployment;

public sealed class EndEmploymentValidator : AbstractValidator<EndEmploymentCommand>
{
    public EndEmploymentValidator() => RuleFor(c => c.LeftAt).NotNull();
}
