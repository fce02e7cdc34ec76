using AutoMapper;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;
using Mentorship.Application.Public.JoinRequests;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank;

/// <summary>What the use cases of the join-request inbox share: finding a request and saving its one decision.</summary>
internal static class JoinRequestReads
{
    /// <summary>A request to the programme, found through the scoped sets (another school's request is not found).</summary>
    public static async Task<JoinRequest> JoinRequestAsync(this IApplicationDbContext db, Guid programmeId, Guid requestId, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(programmeId, cancellationToken);
        return await db.JoinRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.ProgrammeId == programmeId, cancellationToken)
               ?? throw new NotFoundException(nameof(JoinRequest), requestId);
    }

    /// <summary>
    /// Saves the decision with its audit entry. The request's version is the concurrency token, so of two decisions
    /// taken at once the second finds its version gone and is refused as already handled, writing nothing.
    /// </summary>
    public static async Task<JoinRequestDto> SaveDecisionAsync(this IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time, JoinRequest request,
        string what, CancellationToken cancellationToken)
    {
        JoinRequestAudit.Record(db, user, time, AuditAction.Update, request, what);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (PreconditionFailedException ex)
        {
            throw new ConflictException(ErrorCodes.JoinRequests.AlreadyHandled, ex);
        }

        return mapper.Map<JoinRequestDto>(request);
    }
}
