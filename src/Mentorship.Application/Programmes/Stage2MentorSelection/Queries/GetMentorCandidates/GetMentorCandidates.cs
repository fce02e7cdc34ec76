using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage2MentorSelection.Queries.GetMentorCandidates;

/// <param name="ProgrammeId">The programme.</param>
/// <param name="Decision">Only candidates with this decision.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMentorCandidatesQuery(Guid ProgrammeId, CandidateDecision? Decision = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MentorCandidateDto>>, IPagedRequest;

internal sealed class GetMentorCandidatesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMentorCandidatesQuery, PagedList<MentorCandidateDto>>
{
    public async Task<PagedList<MentorCandidateDto>> Handle(GetMentorCandidatesQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var query = db.MentorCandidates.AsNoTracking().Where(c => c.ProgrammeId == request.ProgrammeId);
        if (request.Decision is { } decision)
        {
            query = query.Where(c => c.Decision == decision);
        }

        return await query.OrderBy(c => c.Created).ThenBy(c => c.Id)
            .ProjectToPagedListAsync<MentorCandidateDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
