using MediatR;
using Mentorship.Application.Reference.Queries.GetFormats;
using Mentorship.Domain.People;

namespace Mentorship.Application.Reference.Queries.GetPersonCategories;

public sealed record GetPersonCategoriesQuery : IRequest<IReadOnlyList<ReferenceItemDto>>;

internal sealed class GetPersonCategoriesHandler : IRequestHandler<GetPersonCategoriesQuery, IReadOnlyList<ReferenceItemDto>>
{
    public Task<IReadOnlyList<ReferenceItemDto>> Handle(GetPersonCategoriesQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Items<PersonCategory>(ReferenceTitles.Of);
}
