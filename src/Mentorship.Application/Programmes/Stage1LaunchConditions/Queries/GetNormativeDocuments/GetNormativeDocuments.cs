using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Queries.GetNormativeDocuments;

/// <param name="Kind">Only documents of this kind.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetNormativeDocumentsQuery(NormativeDocumentKind? Kind = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<DocumentDto>>, IPagedRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class GetNormativeDocumentsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetNormativeDocumentsQuery, PagedList<DocumentDto>>
{
    public async Task<PagedList<DocumentDto>> Handle(GetNormativeDocumentsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var documents = db.Programmes.Where(p => p.Id == request.ProgrammeId).SelectMany(p => p.Documents).AsNoTracking();
        if (request.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        return await documents.OrderByDescending(d => d.Date).ThenBy(d => d.Id)
            .ProjectToPagedListAsync<DocumentDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
