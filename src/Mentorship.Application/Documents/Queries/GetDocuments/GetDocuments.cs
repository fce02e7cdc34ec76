using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Documents.Queries.GetDocuments;

/// <param name="Kind">Only documents of this kind.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetDocumentsQuery(NormativeDocumentKind? Kind = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<DocumentDto>>, IPagedRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public DocumentLevel Level { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OwnerId { get; init; }
}

internal sealed class GetDocumentsHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetDocumentsQuery, PagedList<DocumentDto>>
{
    public async Task<PagedList<DocumentDto>> Handle(GetDocumentsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureOwnerAsync(user, request.Level, request.OwnerId, write: false, cancellationToken);
        var documents = db.DocumentsOf(request.Level, request.OwnerId).AsNoTracking();
        if (request.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        return await documents.OrderByDescending(d => d.Date).ThenBy(d => d.Id)
            .ProjectToPagedListAsync<DocumentDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
