using FluentValidation;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People;

/// <summary>The person's active places in pairs and groups.</summary>
internal static class Participations
{
    /// <summary>Ends every active participation of the person (consent revoked, data erased), recording why.</summary>
    public static async Task EndActiveAsync(IApplicationDbContext db, Guid personId, DateOnly on, string reason, CancellationToken cancellationToken)
    {
        var groups = await db.MentoringGroups.IgnoreQueryFilters()
            .Include(g => g.Members)
            .Where(g => g.Status == GroupStatus.Active && g.Members.Any(m => m.PersonId == personId && m.LeftAt == null))
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            group.RemoveMember(personId, on, reason);
        }
    }
}
