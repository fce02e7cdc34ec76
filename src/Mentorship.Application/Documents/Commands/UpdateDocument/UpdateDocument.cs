using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Documents.Commands.UpdateDocument;

/// <summary>New requisites of a document of an organisation or a municipality.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record UpdateDocumentCommand : DocumentFieldsCommand, IRequest<DocumentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public DocumentLevel Level { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OwnerId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

internal sealed class UpdateDocumentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time, IMapper mapper) : IRequestHandler<UpdateDocumentCommand, DocumentDto>
{
    public async Task<DocumentDto> Handle(UpdateDocumentCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureOwnerAsync(user, request.Level, request.OwnerId, write: true, cancellationToken);
        var document = await db.DocumentAsync(request.Level, request.OwnerId, request.Id, cancellationToken);
        if (request.ExpectedVersion is { } expected && expected != document.Version)
        {
            throw new PreconditionFailedException();
        }

        document.Update(request.Kind!.Value, request.Number, request.Date!.Value, request.Title, request.FileReference, request.ApprovedBy);
        db.Audit(user, time, AuditAction.Update, document, DocumentAccess.Updated, document.Kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return await db.DocumentDtoAsync(mapper, document.Id, cancellationToken);
    }
}
