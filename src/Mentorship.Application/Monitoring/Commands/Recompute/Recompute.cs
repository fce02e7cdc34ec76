using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Jobs;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.Recompute;

/// <summary>
/// Asks for monitoring of a calendar year to be recomputed in the background: one region, or (administrators and the
/// nightly job) every region. Answers with the job to poll. The run and its job commit together: the job is enqueued
/// once the run is written, and never for a run that was rolled back.
/// </summary>
/// <param name="RegionId">
/// The region (субъект РФ); a regional coordinator's own when omitted, every region for an administrator.
/// </param>
/// <param name="Year">The calendar year (the monitoring year); the current one when omitted.</param>
[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record RecomputeCommand(Guid? RegionId, int? Year) : IRequest<JobDto>, ITransactionalCommand;

public sealed class RecomputeValidator : AbstractValidator<RecomputeCommand>
{
    public RecomputeValidator() => RuleFor(c => c.Year).InclusiveBetween(AcademicYear.MinStartYear + 1, AcademicYear.MaxStartYear);
}

internal sealed class RecomputeHandler(IApplicationDbContext db, ICurrentUser user, IJobScheduler scheduler, TimeProvider time)
    : IRequestHandler<RecomputeCommand, JobDto>
{
    public async Task<JobDto> Handle(RecomputeCommand request, CancellationToken cancellationToken)
    {
        var regionId = request.RegionId ?? (user.IsUnrestricted() ? null : user.RegionId);
        if (!user.IsUnrestricted() && (regionId is null || regionId != user.RegionId))
        {
            throw new ValidationException("regionId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Region)), (object?)request.RegionId ?? '—');
        }

        var regions = db.Regions.AsNoTracking();
        if (regionId is { } id)
        {
            regions = regions.Where(r => r.Id == id);
        }

        var regionIds = await regions.OrderBy(r => r.Code).Select(r => r.Id).ToListAsync(cancellationToken);
        if (regionId is { } wanted && regionIds.Count == 0)
        {
            throw new ValidationException("regionId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Region)), wanted);
        }

        var now = time.GetUtcNow();
        var run = new JobRun(request.Year ?? now.Year, regionId, regionIds, user.Id ?? "system", now);
        // In the command's transaction: the job is enqueued when the run commits, and never if the run is rolled back.
        db.JobRuns.Add(run);
        scheduler.EnqueueRecompute(run.Id);
        await db.SaveChangesAsync(cancellationToken);
        return JobReads.ToDto(run, scheduler);
    }
}
