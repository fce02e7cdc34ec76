using MediatR;
using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Reference.Queries.GetOrganizationKinds;

public sealed record GetOrganizationKindsQuery : IRequest<IReadOnlyList<ReferenceItemDto>>;

internal sealed class GetOrganizationKindsHandler : IRequestHandler<GetOrganizationKindsQuery, IReadOnlyList<ReferenceItemDto>>
{
    public Task<IReadOnlyList<ReferenceItemDto>> Handle(GetOrganizationKindsQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Items<OrganizationKind>(ReferenceTitles.Of);
}
