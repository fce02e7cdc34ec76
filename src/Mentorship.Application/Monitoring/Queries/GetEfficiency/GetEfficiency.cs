using System.Text.Json;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries.GetEfficiency;

/// <summary>The seven efficiency criteria of an organisation for a year; "no data" for a criterion never computed.</summary>
/// <param name="OrganizationId">The organisation; required.</param>
/// <param name="Year">The calendar year (monitoring year); required.</param>
[Authorize(Roles = MonitoringScope.OrganizationReaders)]
public sealed record GetEfficiencyQuery(Guid? OrganizationId = null, int? Year = null) : IRequest<EfficiencyDto>;

internal sealed class GetEfficiencyHandler(IApplicationDbContext db) : IRequestHandler<GetEfficiencyQuery, EfficiencyDto>
{
    public async Task<EfficiencyDto> Handle(GetEfficiencyQuery request, CancellationToken cancellationToken)
    {
        var (organizationId, year) = (request.OrganizationId!.Value, request.Year!.Value);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Organization), organizationId);
        }

        var snapshots = await db.CriterionSnapshots.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.Year == year)
            .Select(s => new { s.Criterion, s.Value, s.Level, s.Inputs, s.ComputedAt })
            .ToListAsync(cancellationToken);
        var indicators = await db.CriterionIndicatorSnapshots.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.Year == year)
            .Select(s => new { s.Indicator, s.Value, s.Level, s.Source, s.Distribution, s.Inputs, s.ComputedAt })
            .ToListAsync(cancellationToken);
        var criteria = Enum.GetValues<EfficiencyCriterion>().Select(criterion =>
        {
            var ofCriterion = CriterionIndicators.Of(criterion).Select(indicator =>
            {
                var snapshot = indicators.Find(s => s.Indicator == indicator);
                return snapshot is null
                    ? new CriterionIndicatorDto(indicator, indicator.Code(), null, CriterionLevel.NoData, null, null, null, null)
                    : new CriterionIndicatorDto(indicator, indicator.Code(), snapshot.Value, snapshot.Level, snapshot.Source,
                        Json<int>(snapshot.Distribution), Json<JsonElement>(snapshot.Inputs), snapshot.ComputedAt);
            }).ToList();
            var snapshot = snapshots.Find(s => s.Criterion == criterion);
            return snapshot is null
                ? new CriterionDto(criterion, null, CriterionLevel.NoData, null, null, ofCriterion)
                : new CriterionDto(criterion, snapshot.Value, snapshot.Level, Json<JsonElement>(snapshot.Inputs), snapshot.ComputedAt, ofCriterion);
        }).ToList();
        return new EfficiencyDto(organizationId, year, criteria);
    }

    private static Dictionary<string, T>? Json<T>(string? json) => json is null ? null : JsonSerializer.Deserialize<Dictionary<string, T>>(json);
}
