using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Programmes.Partners.Commands.AddProgrammePartner;

public sealed class AddProgrammePartnerValidator : AbstractValidator<AddProgrammePartnerCommand>
{
    public AddProgrammePartnerValidator()
    {
        RuleFor(c => c.OrganizationId).Must((c, id) => id is null != string.IsNullOrWhiteSpace(c.Inn)).WithErrorCode(ErrorCodes.Partners.OrganizationOrInn);
        RuleFor(c => c.Inn).Must(inn => Inn.IsValid(inn!.Trim())).When(c => !string.IsNullOrWhiteSpace(c.Inn)).WithErrorCode(ErrorCodes.Organization.InvalidInn);
        RuleFor(c => c.Name).MaximumLength(Organization.NameMaxLength);
        RuleFor(c => c.ShortName).MaximumLength(Organization.ShortNameMaxLength);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Role).MaximumLength(TextLengths.Title);
    }
}
