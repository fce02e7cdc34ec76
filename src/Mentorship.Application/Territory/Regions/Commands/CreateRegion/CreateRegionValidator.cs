using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Territory.Regions.Commands.CreateRegion;

public sealed class RegionFieldsValidator : AbstractValidator<IRegionFields>
{
    public RegionFieldsValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Must(Region.IsValidCode).WithErrorCode(ErrorCodes.Region.InvalidCode);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Region.NameMaxLength);
        RuleFor(c => c.PupilAgeFrom).InclusiveBetween(Region.MinPupilAgeFrom, Region.MaxPupilAgeFrom);
        RuleFor(c => c.PupilAgeTo).InclusiveBetween(Region.MinPupilAgeTo, Region.MaxPupilAgeTo);
        RuleFor(c => c.TimeZone).Must(Region.IsValidTimeZone).When(c => c.TimeZone is not null)
            .WithErrorCode(ErrorCodes.Region.UnknownTimeZone).WithState(c => new object?[] { c.TimeZone });
        RuleFor(c => c.PupilAgeTo)
            .Must((c, to) => c.PupilAgeFrom is not { } from || to is not { } upper || from <= upper)
            .WithErrorCode(ErrorCodes.Region.InvalidAgeBand)
            .WithState(_ => new object?[] { Region.MinPupilAgeFrom, Region.MaxPupilAgeTo });
    }
}

public sealed class CreateRegionValidator : AbstractValidator<CreateRegionCommand>
{
    public CreateRegionValidator() => Include(new RegionFieldsValidator());
}
