using FluentValidation;

namespace Mentorship.Application.People.Commands.AddAffiliation;

public sealed class AddAffiliationValidator : AbstractValidator<AddAffiliationCommand>
{
    public AddAffiliationValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.From).NotNull();
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.To is not null && c.From is not null);
        RuleFor(c => c.Snils).ValidSnils();
    }
}
