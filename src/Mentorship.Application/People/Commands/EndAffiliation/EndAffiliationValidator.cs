using FluentValidation;

namespace Mentorship.Application.People.Commands.EndAffiliation;

public sealed class EndAffiliationValidator : AbstractValidator<EndAffiliationCommand>
{
    public EndAffiliationValidator() => RuleFor(c => c.To).NotNull();
}
