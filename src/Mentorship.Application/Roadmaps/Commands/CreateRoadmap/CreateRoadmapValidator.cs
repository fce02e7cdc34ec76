using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Application.Roadmaps;

namespace Mentorship.Application.Roadmaps.Commands.CreateRoadmap;

public sealed class CreateRoadmapValidator : AbstractValidator<CreateRoadmapCommand>
{
    public CreateRoadmapValidator()
    {
        // Exactly one owner (a municipality or an organisation) is the roadmap's own rule, refused by its constructor.
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        Include(new RoadmapHeaderValidator());
    }
}
