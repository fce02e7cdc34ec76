using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion;

internal static class CompletionRules
{
    public static async Task<MentoringGroup> GroupOfAsync(IApplicationDbContext db, Guid programmeId, Guid groupId, string field, CancellationToken cancellationToken) =>
        await db.MentoringGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.ProgrammeId == programmeId, cancellationToken)
        ?? throw new ValidationException(field, Texts.NotFound(nameof(MentoringGroup), groupId));
}
