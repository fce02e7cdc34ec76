using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Programmes.Publication.Commands.PublishProgramme;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Publication;

/// <summary>What the publication use cases share: finding a case of a programme and answering with the new state.</summary>
internal static class PublicationState
{
    /// <summary>The case of that programme: a case of another programme is not found.</summary>
    public static Task<SuccessCase> CaseAsync(IApplicationDbContext db, Guid programmeId, Guid caseId, long? expectedVersion, CancellationToken cancellationToken) =>
        db.SuccessCases.Where(c => c.ProgrammeId == programmeId).FindVersionedAsync(caseId, expectedVersion, cancellationToken);

    public static async Task<PublicationStateDto> SavedAsync(IApplicationDbContext db, AuditableEntity entity, bool isPublished, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return new PublicationStateDto(entity.Id, isPublished, publishedAt, entity.Version);
    }
}
