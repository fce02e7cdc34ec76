using FluentValidation;
using Mentorship.Application.Territory.Organizations.Commands.CreateOrganization;

namespace Mentorship.Application.Territory.Organizations.Commands.UpdateOrganization;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator() => Include(new OrganizationFieldsValidator());
}
