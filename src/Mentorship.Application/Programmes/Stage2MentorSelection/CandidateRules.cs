using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection;

internal static class CandidateRules
{
    public static async Task<MentorCandidate> LoadAsync(IApplicationDbContext db, Guid programmeId, Guid candidateId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorSelection);
        return await db.MentorCandidates.Include(c => c.Trainings).SingleOrDefaultAsync(c => c.Id == candidateId && c.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(MentorCandidate), candidateId);
    }
}
