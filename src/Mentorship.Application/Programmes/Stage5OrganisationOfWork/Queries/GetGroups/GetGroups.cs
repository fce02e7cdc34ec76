using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroups;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Status">Only active, completed or terminated pairs/groups.</param>
/// <param name="Form">Only pairs/groups of this form.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetGroupsQuery(Guid ProgrammeId, GroupStatus? Status = null, MentoringForm? Form = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<GroupDto>>, IPagedRequest;

internal sealed class GetGroupsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetGroupsQuery, PagedList<GroupDto>>
{
    public async Task<PagedList<GroupDto>> Handle(GetGroupsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.MentoringGroups.AsNoTracking().Where(g => g.ProgrammeId == request.ProgrammeId);
        if (request.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }

        if (request.Form is { } form)
        {
            query = query.Where(g => g.Form == form);
        }

        var page = await query.OrderBy(g => g.StartedAt).ThenBy(g => g.Id)
            .ProjectToPagedListAsync<GroupDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
        return page with { Items = await GroupReads.WithNamesAsync(db, page.Items, cancellationToken) };
    }
}
