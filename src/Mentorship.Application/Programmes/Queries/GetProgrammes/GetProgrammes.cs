using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Queries.GetProgrammes;

/// <param name="OrganizationId">Only the programmes of this organisation.</param>
/// <param name="Stage">Only programmes at this stage.</param>
/// <param name="Status">Only active or only closed programmes.</param>
/// <param name="Search">Words of the title.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetProgrammesQuery(
    Guid? OrganizationId = null,
    ProgrammeStage? Stage = null,
    ProgrammeStatus? Status = null,
    string? Search = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<ProgrammeSummaryDto>>, IPagedRequest;

internal sealed class GetProgrammesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetProgrammesQuery, PagedList<ProgrammeSummaryDto>>
{
    public async Task<PagedList<ProgrammeSummaryDto>> Handle(GetProgrammesQuery request, CancellationToken cancellationToken)
    {
        var query = db.Programmes.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(p => p.OrganizationId == organizationId);
        }

        if (request.Stage is { } stage)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (request.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            foreach (var word in request.Search.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                query = query.Where(p => p.Title.Contains(word));
            }
        }

        // The scoped set decides which programmes the caller sees and pages them; the page is then read past the
        // filters, so that a mentor or mentee (who sees the own programme, not its organisation) gets its name too.
        var page = await query.OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => p.Id).ToPagedListAsync(PageRequest.From(request), cancellationToken);
        var ids = page.Items.ToList();
        var items = await db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .ProjectTo<ProgrammeSummaryDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        return new PagedList<ProgrammeSummaryDto>(items.OrderBy(i => ids.IndexOf(i.Id)).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
