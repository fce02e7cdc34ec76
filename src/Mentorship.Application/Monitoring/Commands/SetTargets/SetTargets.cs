using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.SetTargets;

/// <summary>One target (целевое значение) of an indicator for a calendar year.</summary>
/// <param name="Indicator">
/// An indicator with a target schedule (a share indicator, or the contest participants).
/// </param>
/// <param name="Year">The calendar year the target is for.</param>
/// <param name="Value">
/// A share in percent (0–100), or a whole number of persons when <paramref name="IsCount"/> (for the contest always a
/// number of participants per municipality); null removes the region's or municipality's own target.
/// </param>
/// <param name="IsCount">
/// The value is a number of persons (a count target, as a municipality's own plan sets them), which decides "met" by
/// itself; false (a share) when omitted.
/// </param>
public sealed record TargetValue(Indicator? Indicator, int? Year, decimal? Value, bool? IsCount = null);

/// <summary>
/// Sets a region's own targets (overrides of the federal schedule), a municipality's own targets (overrides of its
/// region's, for the municipality and its organisations), or with neither — administrators only — the federal defaults
/// themselves. Answers with the schedule in force for the region or municipality.
/// </summary>
/// <param name="RegionId">
/// The region whose targets are set; omit (administrators only) to set the federal defaults.
/// </param>
/// <param name="Targets">The targets to set, at least one.</param>
/// <param name="MunicipalityId">
/// The municipality whose own targets are set (its coordinator, its region's coordinator or an administrator).
/// </param>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator},{Roles.MunicipalCoordinator}")]
public sealed record SetTargetsCommand(Guid? RegionId, IReadOnlyList<TargetValue>? Targets, Guid? MunicipalityId = null) : IRequest<IReadOnlyList<TargetDto>>;

public sealed class SetTargetsValidator : AbstractValidator<SetTargetsCommand>
{
    public SetTargetsValidator()
    {
        RuleFor(c => c.Targets).NotEmpty();
        RuleForEach(c => c.Targets).ChildRules(target =>
        {
            target.RuleFor(t => t.Indicator).NotNull().IsInEnum()
                .Must(i => i is null || i.Value.HasTarget())
                .WithErrorCode(ErrorCodes.Monitoring.IndicatorWithoutTarget).WithState(t => new object?[] { t.Indicator });
            target.RuleFor(t => t.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
            target.RuleFor(t => t.Value).InclusiveBetween(0m, 100m).When(t => t.Indicator is { } i && i.IsShare() && t.IsCount != true);
            target.RuleFor(t => t.Value).InclusiveBetween(0m, IndicatorTarget.MaxCount)
                .Must(v => v is null || decimal.IsInteger(v.Value))
                .WithErrorCode(ErrorCodes.Monitoring.TargetCountNotWhole)
                .When(t => t.Indicator is { } i && (!i.IsShare() || t.IsCount == true));
        });
    }
}

internal sealed class SetTargetsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<SetTargetsCommand, IReadOnlyList<TargetDto>>
{
    public async Task<IReadOnlyList<TargetDto>> Handle(SetTargetsCommand request, CancellationToken cancellationToken)
    {
        if (request.MunicipalityId is { } municipalityId)
        {
            var regionOf = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => (Guid?)m.RegionId).SingleOrDefaultAsync(cancellationToken);
            if (regionOf is not { } municipalityRegion || !user.CanManageMunicipality(municipalityId, municipalityRegion)
                || (request.RegionId is { } given && given != municipalityRegion))
            {
                throw new NotFoundException(nameof(Municipality), municipalityId);
            }

            await ApplyAsync(db.IndicatorTargets.Where(t => t.MunicipalityId == municipalityId), request.Targets!, null, municipalityId, cancellationToken);
            return await EffectiveTargets.MunicipalScheduleAsync(db, municipalityRegion, municipalityId, cancellationToken);
        }

        if (request.RegionId is { } regionId)
        {
            if (!user.CanManageRegion(regionId) || !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            {
                throw new NotFoundException(nameof(Region), regionId);
            }
        }
        else if (!user.IsUnrestricted())
        {
            const string field = "regionId";
            throw new ValidationException(field, ErrorCodes.Validation.Required, field);
        }

        await ApplyAsync(db.IndicatorTargets.Where(t => t.RegionId == request.RegionId && t.MunicipalityId == null), request.Targets!, request.RegionId, null, cancellationToken);
        return await EffectiveTargets.ScheduleAsync(db, request.RegionId, cancellationToken);
    }

    /// <summary>Adds, changes or (a null value) removes the scope's own targets, and saves.</summary>
    private async Task ApplyAsync(IQueryable<IndicatorTarget> scope, IReadOnlyList<TargetValue> targets, Guid? regionId, Guid? municipalityId, CancellationToken cancellationToken)
    {
        var existing = await scope.ToListAsync(cancellationToken);
        foreach (var target in targets)
        {
            var (indicator, year) = (target.Indicator!.Value, target.Year!.Value);
            var row = existing.Find(t => t.Indicator == indicator && t.Year == year);
            if (target.Value is not { } value)
            {
                if (row is not null)
                {
                    db.IndicatorTargets.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                row = new IndicatorTarget(regionId, indicator, year, value, municipalityId, target.IsCount == true);
                existing.Add(row);
                db.IndicatorTargets.Add(row);
            }
            else
            {
                row.Change(value, target.IsCount == true);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
