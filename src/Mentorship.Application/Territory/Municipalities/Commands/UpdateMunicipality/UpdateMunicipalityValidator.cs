using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Municipalities.Commands.UpdateMunicipality;

public sealed class UpdateMunicipalityValidator : AbstractValidator<UpdateMunicipalityCommand>
{
    public UpdateMunicipalityValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Municipality.NameMaxLength);
        RuleFor(c => c.Oktmo).NotEmpty().Must(Oktmo.IsValid).WithErrorCode(ErrorCodes.Municipality.InvalidOktmo);
    }
}
