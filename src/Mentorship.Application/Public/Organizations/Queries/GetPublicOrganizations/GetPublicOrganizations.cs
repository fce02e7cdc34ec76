using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Organizations.Queries.GetPublicOrganizations;

/// <param name="Search">Words of the name or short name (case-insensitive, ё = е).</param>
/// <param name="RegionId">Only the organisations of this region.</param>
/// <param name="MunicipalityId">Only the organisations of this municipality.</param>
/// <param name="Kind">Only organisations of this kind.</param>
/// <param name="RunsProgrammeThisYear">true: only those running a published programme this academic year; false: only those not.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
public sealed record GetPublicOrganizationsQuery(
    string? Search = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    OrganizationKind? Kind = null,
    bool? RunsProgrammeThisYear = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<PublicOrganizationDto>>, IPagedRequest;

internal sealed class GetPublicOrganizationsHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time)
    : IRequestHandler<GetPublicOrganizationsQuery, PagedList<PublicOrganizationDto>>
{
    public async Task<PagedList<PublicOrganizationDto>> Handle(GetPublicOrganizationsQuery request, CancellationToken cancellationToken)
    {
        var thisYear = AcademicYear.Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var running = db.PublishedProgrammes().Where(PublicScope.RunsIn(thisYear));

        var query = db.PublicOrganizations().Filter(request.RegionId, request.MunicipalityId, request.Kind, request.Search);
        if (request.RunsProgrammeThisYear == true)
        {
            query = query.Where(o => running.Any(p => p.OrganizationId == o.Id));
        }
        else if (request.RunsProgrammeThisYear == false)
        {
            query = query.Where(o => !running.Any(p => p.OrganizationId == o.Id));
        }

        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ProjectToPagedListAsync<PublicOrganizationDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        var ids = page.Items.Select(o => o.Id).ToList();
        var runningIds = await running.Where(p => ids.Contains(p.OrganizationId)).Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken);
        return page with { Items = page.Items.Select(o => o with { RunsProgrammeThisYear = runningIds.Contains(o.Id) }).ToList() };
    }
}
