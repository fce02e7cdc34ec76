using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetPlan;

/// <summary>The plan table of an indicator for a region (its row and its municipalities') or one municipality.</summary>
/// <param name="RegionId">The region: its row and a row per municipality in the caller's scope.</param>
/// <param name="MunicipalityId">One municipality's row.</param>
/// <param name="FromYear">The first calendar year; 2019 by default.</param>
/// <param name="ToYear">The last calendar year; 2024 by default.</param>
/// <param name="Indicator">An indicator with a target; PupilsMentored by default.</param>
[Authorize(Roles = MonitoringScope.Readers)]
public sealed record GetPlanQuery(
    Guid? RegionId = null,
    Guid? MunicipalityId = null,
    int? FromYear = null,
    int? ToYear = null,
    Indicator? Indicator = null) : IRequest<PlanDto>, ITerritoryYears;

public sealed class GetPlanValidator : AbstractValidator<GetPlanQuery>
{
    public GetPlanValidator()
    {
        Include(new TerritoryYearsValidator());
        RuleFor(q => q.Indicator).IsInEnum().Must(i => i is null || i.Value.HasTarget())
            .WithErrorCode(ErrorCodes.Monitoring.IndicatorWithoutTarget).WithState(q => new object?[] { q.Indicator });
    }
}

internal sealed class GetPlanHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetPlanQuery, PlanDto>
{
    public async Task<PlanDto> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.FromYear ?? PlanTable.DefaultFrom, request.ToYear ?? PlanTable.DefaultTo);
        var indicator = request.Indicator ?? Indicator.PupilsMentored;
        var rows = await PlanTable.ReadAsync(db, user, request.RegionId, request.MunicipalityId, from, to, indicator, cancellationToken);
        return new PlanDto(indicator, from, to, rows);
    }
}
