using AutoMapper;
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
    public Task<PagedList<ProgrammeSummaryDto>> Handle(GetProgrammesQuery request, CancellationToken cancellationToken)
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

        return query.OrderBy(p => p.Title).ThenBy(p => p.Id)
            .ProjectToPagedListAsync<ProgrammeSummaryDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
