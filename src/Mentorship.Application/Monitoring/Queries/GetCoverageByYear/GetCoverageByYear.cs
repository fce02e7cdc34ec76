using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Queries.GetCoverageByYear;

/// <summary>The coverage of a region's (or one municipality's) municipalities by year, every indicator.</summary>
/// <param name="RegionId">The region.</param>
/// <param name="MunicipalityId">One municipality.</param>
/// <param name="FromYear">The first calendar year; 2019 by default.</param>
/// <param name="ToYear">The last calendar year; 2024 by default.</param>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record GetCoverageByYearQuery(Guid? RegionId = null, Guid? MunicipalityId = null, int? FromYear = null, int? ToYear = null)
    : IRequest<IReadOnlyList<CoverageByYearDto>>, ITerritoryYears;

public sealed class GetCoverageByYearValidator : AbstractValidator<GetCoverageByYearQuery>
{
    public GetCoverageByYearValidator()
    {
        Include(new TerritoryYearsValidator());
    }
}

internal sealed class GetCoverageByYearHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetCoverageByYearQuery, IReadOnlyList<CoverageByYearDto>>
{
    public async Task<IReadOnlyList<CoverageByYearDto>> Handle(GetCoverageByYearQuery request, CancellationToken cancellationToken)
    {
        if (request.MunicipalityId is { } municipalityId)
        {
            await MonitoringScope.EnsureMunicipalityVisibleAsync(db, user, municipalityId, cancellationToken);
        }
        else
        {
            await MonitoringScope.EnsureRegionVisibleAsync(db, user, request.RegionId!.Value, cancellationToken);
        }

        var rows = await CoverageByYear.Query(db, request.RegionId, request.MunicipalityId, request.FromYear ?? PlanTable.DefaultFrom, request.ToYear ?? PlanTable.DefaultTo)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(CoverageByYear.Shown);
    }
}
