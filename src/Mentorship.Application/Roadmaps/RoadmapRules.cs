using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Roadmaps;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Roadmaps;

internal static class RoadmapRules
{
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>A roadmap the caller may change: visible (the query filter) and, for a municipality's, one the caller manages.</summary>
    public static async Task<Roadmap> WritableAsync(IApplicationDbContext db, ICurrentUser user, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Items).FindVersionedAsync(id, expectedVersion, cancellationToken);
        await EnsureOwnerWritableAsync(db, user, roadmap.MunicipalityId, roadmap.OrganizationId, cancellationToken, notFoundId: id);
        return roadmap;
    }

    public static async Task EnsureOwnerWritableAsync(IApplicationDbContext db, ICurrentUser user, Guid? municipalityId, Guid? organizationId, CancellationToken cancellationToken, Guid? notFoundId = null)
    {
        if (municipalityId is { } mid)
        {
            var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == mid, cancellationToken);
            if (municipality is null || !user.CanManageMunicipality(municipality.Id, municipality.RegionId))
            {
                throw notFoundId is { } rid
                    ? new NotFoundException(nameof(Roadmap), rid)
                    : new ValidationException("municipalityId", Texts.NotFound(nameof(Municipality), mid));
            }
        }
        else if (organizationId is { } oid && !await db.Organizations.AnyAsync(o => o.Id == oid, cancellationToken))
        {
            throw new ValidationException("organizationId", Texts.NotFound(nameof(Organization), oid));
        }
    }
}
