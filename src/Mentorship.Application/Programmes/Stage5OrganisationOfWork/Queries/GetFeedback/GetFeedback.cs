using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;

/// <summary>Feedback of the pair/group: staff see all of it, a member their own.</summary>
/// <param name="GroupId">The pair or group.</param>
/// <param name="Stage">Only feedback of this point: initial, midpoint or final.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetFeedbackQuery(Guid GroupId, ProgressPoint? Stage = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<FeedbackDto>>, IPagedRequest;

internal sealed class GetFeedbackHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetFeedbackQuery, PagedList<FeedbackDto>>
{
    public async Task<PagedList<FeedbackDto>> Handle(GetFeedbackQuery request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        var query = db.Feedbacks.AsNoTracking().Where(f => f.GroupId == group.Id);
        if (!caller.IsStaff)
        {
            query = query.Where(f => f.AuthorPersonId == caller.MemberPersonId);
        }

        if (request.Stage is { } stage)
        {
            query = query.Where(f => f.Stage == stage);
        }

        return await query.OrderBy(f => f.GivenAt).ThenBy(f => f.Id)
            .ProjectToPagedListAsync<FeedbackDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
