using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection;

/// <summary>The reads the use cases of mentor selection share.</summary>
internal static class CandidateReads
{
    /// <summary>A candidate of a programme that has reached stage 2, with its trainings, to change.</summary>
    public static async Task<MentorCandidate> CandidateToChangeAsync(this IApplicationDbContext db, Guid programmeId, Guid candidateId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorSelection);
        return await db.MentorCandidates.Include(c => c.Trainings).SingleOrDefaultAsync(c => c.Id == candidateId && c.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(MentorCandidate), candidateId);
    }

    /// <summary>The candidate as GetMentorCandidate answers it (the programme was found in the caller's scope first).</summary>
    public static async Task<MentorCandidateDto> CandidateDtoAsync(this IApplicationDbContext db, IMapper mapper, Guid programmeId, Guid candidateId, CancellationToken cancellationToken) =>
        await db.MentorCandidates.AsNoTracking().Where(c => c.Id == candidateId && c.ProgrammeId == programmeId)
            .ProjectTo<MentorCandidateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(MentorCandidate), candidateId);
}
