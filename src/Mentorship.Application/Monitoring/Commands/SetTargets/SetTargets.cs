using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Queries.GetTargets;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.SetTargets;

/// <param name="Indicator">An indicator with a target schedule.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">A share in percent, or participants per municipality for the contest; null removes the region's override.</param>
public sealed record TargetValue(Indicator? Indicator, int? Year, decimal? Value);

/// <summary>
/// Sets a region's own targets (overrides of the federal schedule), or with no region — administrators only — the
/// federal defaults themselves. Answers with the region's schedule in force.
/// </summary>
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
                .WithMessage(_ => Texts.Pick("У этого показателя нет целевых значений.", "This indicator has no targets."));
            target.RuleFor(t => t.Year).NotNull().InclusiveBetween(AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
            target.RuleFor(t => t.Value).InclusiveBetween(0m, 100m).When(t => t.Indicator is { } i && i.IsShare());
            target.RuleFor(t => t.Value).InclusiveBetween(0m, IndicatorTarget.MaxCount)
                .Must(v => v is null || decimal.IsInteger(v.Value))
                .WithMessage(_ => Texts.Pick("Целевое число — целое.", "A target count is a whole number."))
                .When(t => t.Indicator is { } i && !i.IsShare());
        });
    }
}

internal sealed class SetTargetsHandler(IApplicationDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<SetTargetsCommand, IReadOnlyList<TargetDto>>
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
            throw new ValidationException("regionId", Texts.Pick("Укажите регион.", "Give the region."));
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
        return await mediator.Send(new GetTargetsQuery(request.RegionId), cancellationToken);
    }
}
