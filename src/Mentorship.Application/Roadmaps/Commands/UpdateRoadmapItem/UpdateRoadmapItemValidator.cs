using FluentValidation;
using Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmapItem;

public sealed class UpdateRoadmapItemValidator : AbstractValidator<UpdateRoadmapItemCommand>
{
    public UpdateRoadmapItemValidator()
    {
        Include(new RoadmapItemFieldsValidator());
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Result).MaximumLength(TextLengths.FreeText);
    }
}
