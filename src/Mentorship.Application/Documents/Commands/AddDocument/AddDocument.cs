using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Documents.Commands.AddDocument;

/// <summary>Registers a document of an organisation or a municipality.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddDocumentCommand : DocumentFieldsCommand, IRequest<DocumentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public DocumentLevel Level { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OwnerId { get; init; }
}

internal sealed class AddDocumentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper) : IRequestHandler<AddDocumentCommand, DocumentDto>
{
    public async Task<DocumentDto> Handle(AddDocumentCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureOwnerAsync(user, request.Level, request.OwnerId, write: true, cancellationToken);
        var document = new OfficialDocument(request.Level, request.OwnerId, request.Kind!.Value, request.Number, request.Date!.Value, request.Title, request.FileReference, request.ApprovedBy);
        db.OfficialDocuments.Add(document);
        db.Audit(user, time, AuditAction.Create, document, DocumentAccess.Created, $"{request.Level} {request.OwnerId} {document.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return await db.DocumentDtoAsync(mapper, document.Id, cancellationToken);
    }
}
