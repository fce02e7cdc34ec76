using FluentValidation;

namespace Mentorship.Application.People.Commands.AddEmployment;

public sealed class AddEmploymentValidator : AbstractValidator<AddEmploymentCommand>
{
    public AddEmploymentValidator()
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.HiredAt).NotNull();
        RuleFor(c => c.LeftAt).GreaterThanOrEqualTo(c => c.HiredAt).When(c => c.LeftAt is not null && c.HiredAt is not null);
        RuleFor(c => c.ExperienceYearsAtHire).NotNull().InclusiveBetween(0m, 70m);
    }
}
