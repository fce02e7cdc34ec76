using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank;

/// <summary>The reads the use cases of the mentor bank share.</summary>
internal static class MentorReads
{
    /// <summary>The mentor as GetMentor answers it (the programme was found in the caller's scope first).</summary>
    public static async Task<MentorDto> MentorDtoAsync(this IApplicationDbContext db, IMapper mapper, Guid programmeId, Guid mentorId, CancellationToken cancellationToken) =>
        await db.Mentors.AsNoTracking().Where(m => m.Id == mentorId && m.ProgrammeId == programmeId)
            .ProjectTo<MentorDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Mentor), mentorId);
}
