using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Roadmaps.Queries.GetRoadmaps;

public sealed class GetRoadmapsValidator : AbstractValidator<GetRoadmapsQuery>
{
    public GetRoadmapsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
    }
}
