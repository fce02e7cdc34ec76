using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Programmes.Partners.Commands.ChangeProgrammePartner;

public sealed class ChangeProgrammePartnerValidator : AbstractValidator<ChangeProgrammePartnerCommand>
{
    public ChangeProgrammePartnerValidator() => RuleFor(c => c.Role).MaximumLength(TextLengths.Title);
}
