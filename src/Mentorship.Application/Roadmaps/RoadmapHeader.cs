using FluentValidation;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps;

/// <summary>The header of a roadmap as a create or update sends it: title, academic year and the period's years.</summary>
public interface IRoadmapHeader
{
    string? Title { get; }

    AcademicYear? AcademicYear { get; }

    int? StartYear { get; }

    int? EndYear { get; }
}

/// <summary>
/// A period is given by its two years, or by an academic year alone; the range and order of the years are the period's
/// own rule (<see cref="Domain.Roadmaps.RoadmapPeriod"/>).
/// </summary>
public sealed class RoadmapHeaderValidator : AbstractValidator<IRoadmapHeader>
{
    public RoadmapHeaderValidator()
    {
        RuleFor(c => c.StartYear).NotNull().When(c => c.AcademicYear is null || c.EndYear is not null);
        RuleFor(c => c.EndYear).NotNull().When(c => c.AcademicYear is null || c.StartYear is not null);
    }
}
