using MediatR;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Reference.Queries.GetCriteria;

public sealed record GetCriteriaQuery : IRequest<IReadOnlyList<CriterionReferenceDto>>;

internal sealed class GetCriteriaHandler : IRequestHandler<GetCriteriaQuery, IReadOnlyList<CriterionReferenceDto>>
{
    public Task<IReadOnlyList<CriterionReferenceDto>> Handle(GetCriteriaQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Result<CriterionReferenceDto>(Enum.GetValues<EfficiencyCriterion>().Select(c =>
            new CriterionReferenceDto(c.ToString(), (int)c, ReferenceTitles.Of(c), ReferenceTitles.LevelsOf(c),
                CriterionIndicators.Of(c).Select(i => new CriterionIndicatorReferenceDto(
                    i.ToString(), i.Code(), ReferenceTitles.Title(i), CriterionIndicators.ScaleOf(i).Select(ReferenceTitles.Title).ToList())).ToList())));
}
