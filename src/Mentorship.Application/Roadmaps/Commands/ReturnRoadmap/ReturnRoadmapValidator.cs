using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.ReturnRoadmap;

public sealed class ReturnRoadmapValidator : AbstractValidator<ReturnRoadmapCommand>
{
    public ReturnRoadmapValidator() => RuleFor(c => c.Comment).NotEmpty().MaximumLength(TextLengths.FreeText);
}
