using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Documents.Queries.GetDocument;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Documents;

/// <summary>
/// Who reaches the documents of an organisation or a municipality. Reads go through the scoped sets (what lies
/// outside the caller's scope is not found); writes on a municipality's documents are for the coordinators over it.
/// </summary>
internal static class DocumentAccess
{
    public const string Created = "document.created";
    public const string Updated = "document.updated";
    public const string Removed = "document.removed";

    /// <summary>The owner exists and the caller sees it, else 404; for a write, the caller may change its documents, else 403.</summary>
    public static async Task EnsureOwnerAsync(this IApplicationDbContext db, ICurrentUser user, DocumentLevel level, Guid ownerId, bool write, CancellationToken cancellationToken)
    {
        if (level == DocumentLevel.Organization)
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == ownerId, cancellationToken))
            {
                throw new NotFoundException(nameof(Organization), ownerId);
            }

            return;
        }

        var all = user.IsUnrestricted();
        var municipality = await db.Municipalities.AsNoTracking()
                               .Where(m => m.Id == ownerId && (all || m.Id == user.MunicipalityId || m.RegionId == user.RegionId
                                                               || db.Organizations.Any(o => o.MunicipalityId == m.Id)))
                               .Select(m => new { m.RegionId }).SingleOrDefaultAsync(cancellationToken)
                           ?? throw new NotFoundException(nameof(Municipality), ownerId);
        if (write && !user.CanManageMunicipality(ownerId, municipality.RegionId))
        {
            throw new ForbiddenAccessException();
        }
    }

    /// <summary>The documents of one owner, through the scoped set.</summary>
    public static IQueryable<OfficialDocument> DocumentsOf(this IApplicationDbContext db, DocumentLevel level, Guid ownerId) =>
        level == DocumentLevel.Organization
            ? db.OfficialDocuments.Where(d => d.Level == level && d.OrganizationId == ownerId)
            : db.OfficialDocuments.Where(d => d.Level == level && d.MunicipalityId == ownerId);

    public static async Task<OfficialDocument> DocumentAsync(this IApplicationDbContext db, DocumentLevel level, Guid ownerId, Guid id, CancellationToken cancellationToken) =>
        await db.DocumentsOf(level, ownerId).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(OfficialDocument), id);

    public static async Task<DocumentDto> DocumentDtoAsync(this IApplicationDbContext db, IMapper mapper, Guid id, CancellationToken cancellationToken) =>
        await db.OfficialDocuments.AsNoTracking().Where(d => d.Id == id).ProjectTo<DocumentDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(OfficialDocument), id);

    /// <summary>An entry of the audit log, written in the same save as the change.</summary>
    public static void Audit(this IApplicationDbContext db, ICurrentUser user, TimeProvider time, AuditAction action, BaseEntity entity, string what, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), user.IsSystem ? "system" : user.Id, user.ClientId, user.RemoteAddress, action,
            entity.GetType().Name, entity.Id, null, detail is null ? what : $"{what}: {detail}"));
}
