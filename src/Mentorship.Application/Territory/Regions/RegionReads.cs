using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Regions;

/// <summary>The reads the use cases of regions share. The rules about a region live in <see cref="Domain.Territory.Region"/>.</summary>
internal static class RegionReads
{
    /// <summary>A region code names one region only (the database's unique index backs this up).</summary>
    public static async Task EnsureCodeIsFreeAsync(IApplicationDbContext db, string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Regions.AnyAsync(r => r.Code == code && r.Id != exceptId, cancellationToken))
        {
            var what = Catalogue.Text("duplicate.region_code");
            throw new ConflictException(ErrorCodes.Common.Duplicate, "code", what, code);
        }
    }
}
