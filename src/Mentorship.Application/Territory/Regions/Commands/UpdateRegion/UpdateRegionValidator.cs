using FluentValidation;
using Mentorship.Application.Territory.Regions.Commands.CreateRegion;

namespace Mentorship.Application.Territory.Regions.Commands.UpdateRegion;

public sealed class UpdateRegionValidator : AbstractValidator<UpdateRegionCommand>
{
    public UpdateRegionValidator() => Include(new RegionFieldsValidator());
}
