using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Documents;

namespace Mentorship.Application.Documents.Commands.RemoveDocument;

/// <summary>Removes a document of an organisation or a municipality.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveDocumentCommand(DocumentLevel Level, Guid OwnerId, Guid Id) : IRequest<Unit>;

internal sealed class RemoveDocumentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<RemoveDocumentCommand, Unit>
{
    public async Task<Unit> Handle(RemoveDocumentCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureOwnerAsync(user, request.Level, request.OwnerId, write: true, cancellationToken);
        var document = await db.DocumentAsync(request.Level, request.OwnerId, request.Id, cancellationToken);
        db.OfficialDocuments.Remove(document);
        db.Audit(user, time, AuditAction.Delete, document, DocumentAccess.Removed, document.Kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
