using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage6Completion;

/// <summary>The reads the use cases of stage 6 share.</summary>
internal static class CompletionReads
{
    /// <summary>A pair or group of the programme, named by the input <paramref name="field"/>; another programme's is not found.</summary>
    public static async Task<MentoringGroup> GroupOfAsync(IApplicationDbContext db, Guid programmeId, Guid groupId, string field, CancellationToken cancellationToken) =>
        await db.MentoringGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.ProgrammeId == programmeId, cancellationToken)
        ?? throw new ValidationException(field, ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(MentoringGroup)), groupId);
}
