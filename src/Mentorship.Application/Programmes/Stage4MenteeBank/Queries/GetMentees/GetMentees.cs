using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentees;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Tag">Only mentees with a request of this topic tag.</param>
/// <param name="IsActive">Only active (or only inactive) mentees.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMenteesQuery(Guid ProgrammeId, string? Tag = null, bool? IsActive = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MenteeDto>>, IPagedRequest;

internal sealed class GetMenteesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMenteesQuery, PagedList<MenteeDto>>
{
    public async Task<PagedList<MenteeDto>> Handle(GetMenteesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.Mentees.AsNoTracking().Where(m => m.ProgrammeId == request.ProgrammeId);
        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var tag = Tags.Normalize(request.Tag, "tag");
            query = query.Where(m => m.Requests.Any(r => r.Tags.Any(t => t.Tag == tag)));
        }

        if (request.IsActive is { } active)
        {
            query = query.Where(m => m.IsActive == active);
        }

        return await query.OrderBy(m => m.Created).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MenteeDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
