using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>What one region's recomputation wrote.</summary>
public sealed record RegionRecomputeSummary(int Organizations, int IndicatorSnapshots, int CriterionSnapshots);

/// <summary>
/// Recomputes the coverage indicators and efficiency criteria of one region and calendar year and replaces the
/// region-year's snapshots in one save: rows are matched by their key, so running it twice gives the same rows. The
/// same transaction clears the region-year's stale marks that the computation has taken in. Sent by the region's
/// background job; administrators may run it directly.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record RecomputeRegionCommand(Guid RegionId, int Year) : IRequest<RegionRecomputeSummary>, ITransactionalCommand;

internal sealed class RecomputeRegionHandler(IApplicationDbContext db, TimeProvider time, IReportedCriterionInputs reports, IDatabaseTuning tuning, IBulkInserts bulk) : IRequestHandler<RecomputeRegionCommand, RegionRecomputeSummary>
{
    private static readonly Indicator[] ParticipantIndicators = [Indicator.Mentors, Indicator.Mentees];

    public async Task<RegionRecomputeSummary> Handle(RecomputeRegionCommand request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == request.RegionId)
                         .Select(r => new { r.PupilAgeFrom, r.PupilAgeTo }).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Region), request.RegionId);
        var now = time.GetUtcNow();
        var period = new MonitoringPeriod(request.Year, region.PupilAgeFrom, region.PupilAgeTo);
        var aggregates = new RegionAggregates(db, request.RegionId, period);

        // Organisations archived before the year began take no part in it.
        var yearStart = new DateTimeOffset(request.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var organizations = (await aggregates.Organizations(cancellationToken)).Where(o => o.ArchivedAt is null || o.ArchivedAt >= yearStart).ToList();
        await tuning.ForRegionAggregatesAsync(organizations.Count, cancellationToken);
        var municipalities = await aggregates.Municipalities(cancellationToken);
        var headCounts = await aggregates.HeadCounts(cancellationToken);
        var figures = new FigureSet(request.RegionId, organizations, municipalities);

        await AddCoverageAsync(figures, aggregates, headCounts, period, now, cancellationToken);
        var targets = await EffectiveTargets.InForceAsync(db, request.RegionId, request.Year, cancellationToken);
        var indicatorSnapshots = await SaveIndicatorsAsync(request, figures.RollUp(targets), now, cancellationToken);
        var criteria = new CriteriaComputation(db, reports, bulk);
        var evaluations = await criteria.ComputeAsync(request.RegionId, request.Year, organizations, aggregates, headCounts, cancellationToken);
        var criterionSnapshots = await criteria.SaveAsync(request.RegionId, request.Year, evaluations, now, cancellationToken);

        // The changes made before this computation began are in its figures: their snapshots are current again.
        await db.MonitoringChanges.Where(c => c.RegionId == request.RegionId && c.Year == request.Year && c.ChangedAt <= now).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RegionRecomputeSummary(organizations.Count, indicatorSnapshots, criterionSnapshots);
    }

    private static async Task AddCoverageAsync(FigureSet figures, RegionAggregates aggregates, Dictionary<Guid, HeadCountRow> headCounts, MonitoringPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byRole = await aggregates.Participants(cancellationToken);
        var mentees = byRole.Where(r => r.Role == GroupRole.Mentee).ToList();
        var pupils = ByOrganization(mentees, r => r.PupilsInBand);
        var notPlaced = ByOrganization(mentees, r => r.PupilsNotPlaced);
        var teachers = ByOrganization(mentees, r => r.YoungTeachers);
        var additional = ByOrganization(mentees, r => r.AdditionalEducationPupils);
        var programmes = ByOrganization(await aggregates.Programmes(cancellationToken));
        var trained = ByOrganization(await aggregates.TrainedStaff(cancellationToken));
        var contest = ByOrganization(await aggregates.RegionalMentorshipContestParticipants(cancellationToken));

        foreach (var organization in figures.Organizations)
        {
            var id = organization.Id;
            var headCount = headCounts.GetValueOrDefault(id);
            if (headCount is not null || pupils.ContainsKey(id) || notPlaced.ContainsKey(id))
            {
                figures.Share(id, Indicator.PupilsMentored, pupils.GetValueOrDefault(id), headCount?.PupilsInAgeBand ?? 0);
                figures.NotPlaced(id, notPlaced.GetValueOrDefault(id));
            }

            if (headCount is not null || teachers.ContainsKey(id))
            {
                figures.Share(id, Indicator.YoungTeachersMentored, teachers.GetValueOrDefault(id), headCount?.TeachersUnder35 ?? 0);
            }

            if (organization.Kind == OrganizationKind.AdditionalEducation)
            {
                // Every pupil of an additional-education organisation is an additional-education pupil: its own
                // figure when reported, else its pupils in total.
                var denominator = headCount is null ? 0 : headCount.AdditionalEducationPupils > 0 ? headCount.AdditionalEducationPupils : headCount.PupilsTotal;
                figures.Share(id, Indicator.AdditionalEducationPupilsMentored, additional.GetValueOrDefault(id), denominator);
            }
            else if (headCount is { AdditionalEducationPupils: > 0 })
            {
                // A school's own ДО enrolment: its reported figure of them who are mentees, wherever they are mentored.
                figures.Share(id, Indicator.AdditionalEducationPupilsMentored, headCount.AdditionalEducationPupilsMentored, headCount.AdditionalEducationPupils);
            }

            if (organization.Kind.CountsInOrganizationShares() && !organization.IsArchived)
            {
                figures.Share(id, Indicator.OrganizationsWithProgramme, programmes.ContainsKey(id) ? 1 : 0, 1);
                figures.Share(id, Indicator.OrganizationsWithTrainedStaff, trained.ContainsKey(id) ? 1 : 0, 1);
            }

            if (contest.TryGetValue(id, out var participants))
            {
                figures.Count(id, Indicator.MentorshipContestParticipants, IndicatorSnapshot.Total, participants);
            }
        }

        foreach (var row in byRole)
        {
            figures.Count(row.OrganizationId, RoleIndicator(row.Role), IndicatorSnapshot.Total, row.Count);
        }

        foreach (var row in await aggregates.ParticipantsByForm(cancellationToken))
        {
            figures.Count(row.OrganizationId, RoleIndicator(row.Role), Breakdowns.Form(row.Form), row.Count);
        }

        foreach (var row in await aggregates.ParticipantsByFormat(cancellationToken))
        {
            figures.Count(row.OrganizationId, RoleIndicator(row.Role), Breakdowns.Format(row.Format), row.Count);
        }

        foreach (var row in await aggregates.Groups(cancellationToken))
        {
            figures.Count(row.OrganizationId, Indicator.Groups, IndicatorSnapshot.Total, row.Count);
            figures.Count(row.OrganizationId, Indicator.Groups, Breakdowns.Form(row.Form), row.Count);
            figures.Count(row.OrganizationId, Indicator.Groups, Breakdowns.Format(row.Format), row.Count);
        }

        await AffiliatedCounts.ApplyAsync(figures, aggregates, cancellationToken);

        // Every educational organisation shows its totals, zero included; others only what they have.
        foreach (var organization in figures.Organizations.Where(o => o.Kind.IsEducational() && !o.IsArchived))
        {
            foreach (var indicator in ParticipantIndicators.Append(Indicator.Groups))
            {
                figures.Count(organization.Id, indicator, IndicatorSnapshot.Total, 0);
            }
        }

        // Stale flags are a picture of today: they count in the current year only.
        if (period.Year == now.Year)
        {
            foreach (var row in await aggregates.StaleGroups(cancellationToken))
            {
                figures.Count(row.OrganizationId, Indicator.StaleGroups, IndicatorSnapshot.Total, row.Count);
            }

            figures.AlwaysRollUp(Indicator.StaleGroups);
        }

        figures.AlwaysRollUp(Indicator.MentorshipContestParticipants);
    }

    /// <summary>
    /// Writes the figures that changed (see <see cref="SnapshotWrites"/>): new rows in bulk, changed rows through the
    /// context; rows no longer computed are removed.
    /// </summary>
    private async Task<int> SaveIndicatorsAsync(RecomputeRegionCommand request, IReadOnlyList<ComputedIndicator> computed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.IndicatorSnapshots.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.RegionId == request.RegionId && s.Year == request.Year)
            .ToListAsync(cancellationToken);
        var byKey = existing.ToDictionary(s => (s.Level, s.UnitId, s.Indicator, s.Breakdown));
        var added = new List<IndicatorSnapshot>();
        foreach (var figure in computed)
        {
            var key = (figure.Level, figure.UnitId, figure.Indicator, figure.Breakdown);
            var isNew = !byKey.Remove(key, out var snapshot);
            snapshot ??= new IndicatorSnapshot(figure.Level, figure.UnitId, request.Year, figure.Indicator, figure.Breakdown);
            var before = isNew ? null : SnapshotWrites.Figures(snapshot);
            snapshot.In(request.RegionId, figure.MunicipalityId);
            snapshot.SetNotPlaced(figure.NotPlaced);
            if (figure.Indicator.IsShare())
            {
                snapshot.SetShare(figure.Numerator, figure.Denominator ?? 0, figure.Target, now, figure.TargetCount);
            }
            else
            {
                snapshot.SetCount(figure.Numerator, figure.TargetCount, now);
            }

            if (isNew)
            {
                added.Add(snapshot);
            }
            else if (!before!.Equals(SnapshotWrites.Figures(snapshot)))
            {
                db.IndicatorSnapshots.Update(snapshot);
            }
        }

        await bulk.InsertAsync(added, cancellationToken);
        db.IndicatorSnapshots.RemoveRange(byKey.Values);
        return computed.Count;
    }

    private static Dictionary<Guid, int> ByOrganization(List<OrganizationCount> rows) => rows.ToDictionary(r => r.OrganizationId, r => r.Count);

    // An organisation with mentees but none of an indicator's kind has no row for it, as when each was its own query.
    private static Dictionary<Guid, int> ByOrganization(List<RoleCounts> rows, Func<RoleCounts, int> count) =>
        rows.Where(r => count(r) > 0).ToDictionary(r => r.OrganizationId, count);

    private static Indicator RoleIndicator(GroupRole role) => role == GroupRole.Mentor ? Indicator.Mentors : Indicator.Mentees;
}
