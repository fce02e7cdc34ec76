using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries.GetCoverage;

/// <param name="Level">Organization, Municipality or Region.</param>
/// <param name="UnitId">The organisation, municipality or region of the level.</param>
/// <param name="RegionId">Only units of this region.</param>
/// <param name="MunicipalityId">Only units of this municipality (and the municipality itself).</param>
/// <param name="OrganizationId">Only this organisation.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Indicator">Only this indicator.</param>
/// <param name="Breakdown">Only this breakdown ("" or omitted for totals, "*" for every breakdown).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = MonitoringScope.OrganizationReaders)]
public sealed record GetCoverageQuery(
    MonitoringLevel? Level = null,
    Guid? UnitId = null,
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    Guid? OrganizationId = null,
    int? Year = null,
    Indicator? Indicator = null,
    string? Breakdown = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<CoverageDto>>, IPagedRequest;

internal sealed class GetCoverageHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetCoverageQuery, PagedList<CoverageDto>>
{
    public async Task<PagedList<CoverageDto>> Handle(GetCoverageQuery request, CancellationToken cancellationToken)
    {
        // Scope is the snapshots' query filter: units outside the caller's region or municipality are simply absent.
        var query = db.IndicatorSnapshots.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(s => s.Level == MonitoringLevel.Organization && s.UnitId == organizationId);
        }

        if (request.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (request.UnitId is { } unitId)
        {
            query = query.Where(s => s.UnitId == unitId);
        }

        if (request.RegionId is { } regionId)
        {
            query = query.Where(s => s.RegionId == regionId);
        }

        if (request.MunicipalityId is { } municipalityId)
        {
            query = query.Where(s => s.MunicipalityId == municipalityId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(s => s.Year == year);
        }

        if (request.Indicator is { } indicator)
        {
            query = query.Where(s => s.Indicator == indicator);
        }

        var breakdown = request.Breakdown?.Trim() ?? IndicatorSnapshot.Total;
        if (breakdown != "*")
        {
            query = query.Where(s => s.Breakdown == breakdown);
        }

        var page = await query.OrderBy(s => s.Year).ThenBy(s => s.Level).ThenBy(s => s.UnitId).ThenBy(s => s.Indicator).ThenBy(s => s.Breakdown)
            .ProjectToPagedListAsync<CoverageDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);

        // A share is compared unrounded and shown to one decimal.
        var stale = await StaleSnapshots.OfAsync(db, page.Items.Select(i => (i.UnitId, i.Year)).ToList(), cancellationToken);
        return page with
        {
            Items = page.Items.Select(i => i.Denominator is null ? i : i with { Value = i.Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null })
                .Select(i => i with { Stale = stale.Contains((i.Level, i.UnitId, i.Year)) }).ToList(),
        };
    }
}
