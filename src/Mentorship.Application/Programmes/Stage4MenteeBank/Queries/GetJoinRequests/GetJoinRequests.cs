using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Public.JoinRequests;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Status">Only requests in this state (Pending for the inbox).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetJoinRequestsQuery(Guid ProgrammeId, JoinRequestStatus? Status = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<JoinRequestDto>>, IPagedRequest;

internal sealed class GetJoinRequestsHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time)
    : IRequestHandler<GetJoinRequestsQuery, PagedList<JoinRequestDto>>
{
    public async Task<PagedList<JoinRequestDto>> Handle(GetJoinRequestsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.JoinRequests.AsNoTracking().Where(r => r.ProgrammeId == request.ProgrammeId);
        if (request.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var page = await query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ProjectToPagedListAsync<JoinRequestDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        // Each request shown is a child's personal data read: one audit entry per request.
        foreach (var item in page.Items)
        {
            JoinRequestAudit.Record(db, user, time, AuditAction.Read, item.Id, item.PersonId, nameof(GetJoinRequestsQuery));
        }

        if (page.Items.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return page;
    }
}
