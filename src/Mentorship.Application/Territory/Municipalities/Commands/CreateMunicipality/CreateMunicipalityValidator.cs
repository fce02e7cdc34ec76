using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Municipalities.Commands.CreateMunicipality;

public sealed class CreateMunicipalityValidator : AbstractValidator<CreateMunicipalityCommand>
{
    public CreateMunicipalityValidator()
    {
        RuleFor(c => c.RegionId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Municipality.NameMaxLength);
        RuleFor(c => c.Oktmo).NotEmpty().Must(Oktmo.IsValid).WithErrorCode(ErrorCodes.Municipality.InvalidOktmo);
    }
}
