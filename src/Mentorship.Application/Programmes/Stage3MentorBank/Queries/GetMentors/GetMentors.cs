using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentors;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Competence">Only mentors with this competence tag.</param>
/// <param name="IsActive">Only active (or only inactive) mentors.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorsQuery(Guid ProgrammeId, string? Competence = null, bool? IsActive = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MentorDto>>, IPagedRequest;

internal sealed class GetMentorsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorsQuery, PagedList<MentorDto>>
{
    public async Task<PagedList<MentorDto>> Handle(GetMentorsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.Mentors.AsNoTracking().Where(m => m.ProgrammeId == request.ProgrammeId);
        if (!string.IsNullOrWhiteSpace(request.Competence))
        {
            var tag = Tags.Normalize(request.Competence, "competence");
            query = query.Where(m => m.Competences.Any(c => c.Tag == tag));
        }

        if (request.IsActive is { } active)
        {
            query = query.Where(m => m.IsActive == active);
        }

        return await query.OrderBy(m => m.Created).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MentorDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
