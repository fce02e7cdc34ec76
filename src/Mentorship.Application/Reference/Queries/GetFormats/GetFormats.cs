using MediatR;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Reference.Queries.GetFormats;

public sealed record GetFormatsQuery : IRequest<IReadOnlyList<ReferenceItemDto>>;

internal sealed class GetFormatsHandler : IRequestHandler<GetFormatsQuery, IReadOnlyList<ReferenceItemDto>>
{
    public Task<IReadOnlyList<ReferenceItemDto>> Handle(GetFormatsQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Items<MentoringFormat>(ReferenceTitles.Of);
}
