using FluentValidation;

namespace Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator() => Include(new OrganizationFieldsValidator());
}
