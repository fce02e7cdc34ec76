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
/// A share in percent (0–100), or for the contest a whole number of participants per municipality; null removes the
/// region's override.
/// </param>
public sealed record TargetValue(Indicator? Indicator, int? Year, decimal? Value);

/// <summary>
/// Sets a region's own targets (overrides of the federal schedule), or with no region — administrators only — the
/// federal defaults themselves. Answers with the region's schedule in force.
/// </summary>
/// <param name="RegionId">
/// The region whose targets are set; omit (administrators only) to set the federal defaults.
/// </param>
/// <param name="Targets">The targets to set, at least one.</param>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record SetTargetsCommand(Guid? RegionId, IReadOnlyList<TargetValue>? Targets) : IRequest<IReadOnlyList<TargetDto>>;

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
            target.RuleFor(t => t.Value).InclusiveBetween(0m, 100m).When(t => t.Indicator is { } i && i.IsShare());
            target.RuleFor(t => t.Value).InclusiveBetween(0m, IndicatorTarget.MaxCount)
                .Must(v => v is null || decimal.IsInteger(v.Value))
                .WithErrorCode(ErrorCodes.Monitoring.TargetCountNotWhole)
                .When(t => t.Indicator is { } i && !i.IsShare());
        });
    }
}

internal sealed class SetTargetsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<SetTargetsCommand, IReadOnlyList<TargetDto>>
{
    public async Task<IReadOnlyList<TargetDto>> Handle(SetTargetsCommand request, CancellationToken cancellationToken)
    {
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

        var existing = await db.IndicatorTargets.Where(t => t.RegionId == request.RegionId).ToListAsync(cancellationToken);
        foreach (var target in request.Targets!)
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
                row = new IndicatorTarget(request.RegionId, indicator, year, value);
                existing.Add(row);
                db.IndicatorTargets.Add(row);
            }
            else
            {
                row.Change(value);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await EffectiveTargets.ScheduleAsync(db, request.RegionId, cancellationToken);
    }
}
