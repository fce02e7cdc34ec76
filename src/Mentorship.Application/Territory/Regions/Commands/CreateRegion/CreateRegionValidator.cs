using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Regions.Commands.CreateRegion;

public sealed class CreateRegionValidator : AbstractValidator<CreateRegionCommand>
{
    public CreateRegionValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Must(Region.IsValidCode).WithMessage(_ => Texts.Pick("Код региона — две цифры, например «38».", "A region code is two digits, such as \"38\"."));
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Region.NameMaxLength);
        RegionRules.AgeBand(this, c => c.PupilAgeFrom, c => c.PupilAgeTo);
    }
}
