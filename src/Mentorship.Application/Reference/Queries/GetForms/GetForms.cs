using MediatR;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Reference.Queries.GetForms;

public sealed record GetFormsQuery : IRequest<IReadOnlyList<FormReferenceDto>>;

internal sealed class GetFormsHandler : IRequestHandler<GetFormsQuery, IReadOnlyList<FormReferenceDto>>
{
    public Task<IReadOnlyList<FormReferenceDto>> Handle(GetFormsQuery request, CancellationToken cancellationToken) =>
        ReferenceLists.Result<FormReferenceDto>(FormRules.All.OrderBy(r => r.Form).Select(r =>
            new FormReferenceDto(r.Form.ToString(), ReferenceTitles.Of(r.Form), r.MentorCategories, r.MenteeCategories)));
}
