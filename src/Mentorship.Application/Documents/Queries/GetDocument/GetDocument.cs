using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Documents;

namespace Mentorship.Application.Documents.Queries.GetDocument;

/// <summary>One document of an organisation or a municipality.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetDocumentQuery(DocumentLevel Level, Guid OwnerId, Guid Id) : IRequest<DocumentDto>;

internal sealed class GetDocumentHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetDocumentQuery, DocumentDto>
{
    public async Task<DocumentDto> Handle(GetDocumentQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureOwnerAsync(user, request.Level, request.OwnerId, write: false, cancellationToken);
        var document = await db.DocumentAsync(request.Level, request.OwnerId, request.Id, cancellationToken);
        return await db.DocumentDtoAsync(mapper, document.Id, cancellationToken);
    }
}
