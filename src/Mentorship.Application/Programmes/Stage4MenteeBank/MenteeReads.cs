using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank;

/// <summary>The reads the use cases of the mentee bank share.</summary>
internal static class MenteeReads
{
    /// <summary>A mentee of a programme that has reached stage 4, with the requests and their tags, to change.</summary>
    public static async Task<Mentee> MenteeToChangeAsync(this IApplicationDbContext db, Guid programmeId, Guid menteeId, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(programmeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MenteeBank);
        return await db.Mentees.Include(m => m.Requests).ThenInclude(r => r.Tags)
                   .SingleOrDefaultAsync(m => m.Id == menteeId && m.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(Mentee), menteeId);
    }

    /// <summary>The mentee as GetMentee answers it (the programme was found in the caller's scope first).</summary>
    public static async Task<MenteeDto> MenteeDtoAsync(this IApplicationDbContext db, IMapper mapper, Guid programmeId, Guid menteeId, CancellationToken cancellationToken) =>
        await db.Mentees.AsNoTracking().Where(m => m.Id == menteeId && m.ProgrammeId == programmeId)
            .ProjectTo<MenteeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Mentee), menteeId);
}
