using MediatR;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Reference.Queries.GetStages;

public sealed record GetStagesQuery : IRequest<IReadOnlyList<StageReferenceDto>>;

internal sealed class GetStagesHandler : IRequestHandler<GetStagesQuery, IReadOnlyList<StageReferenceDto>>
{
    public Task<IReadOnlyList<StageReferenceDto>> Handle(GetStagesQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Result<StageReferenceDto>(Enum.GetValues<ProgrammeStage>().Select(s =>
            new StageReferenceDto(s.ToString(), (int)s, ReferenceTitles.Of(s), ReferenceTitles.GateOf(s))));
}
