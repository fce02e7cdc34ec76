using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.UpdateRoadmap;

public sealed class UpdateRoadmapValidator : AbstractValidator<UpdateRoadmapCommand>
{
    public UpdateRoadmapValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.AcademicYear).NotNull();
    }
}
