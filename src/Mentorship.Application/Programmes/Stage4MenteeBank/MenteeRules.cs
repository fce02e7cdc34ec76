using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank;

internal static class MenteeRules
{
    public static async Task<Mentee> LoadAsync(IApplicationDbContext db, Guid programmeId, Guid menteeId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        return await db.Mentees.Include(m => m.Requests).ThenInclude(r => r.Tags)
                   .SingleOrDefaultAsync(m => m.Id == menteeId && m.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(Mentee), menteeId);
    }
}
