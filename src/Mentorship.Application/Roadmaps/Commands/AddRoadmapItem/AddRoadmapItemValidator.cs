using FluentValidation;

namespace Mentorship.Application.Roadmaps.Commands.AddRoadmapItem;

public sealed class AddRoadmapItemValidator : AbstractValidator<AddRoadmapItemCommand>
{
    public AddRoadmapItemValidator() => Include(new RoadmapItemFieldsValidator());
}
