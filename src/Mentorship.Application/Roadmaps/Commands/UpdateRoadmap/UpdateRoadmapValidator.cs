using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Application.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;

public sealed class UpdateRoadmapValidator : AbstractValidator<UpdateRoadmapCommand>
{
    public UpdateRoadmapValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        Include(new RoadmapHeaderValidator());
    }
}
