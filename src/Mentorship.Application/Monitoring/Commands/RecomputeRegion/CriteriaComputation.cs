using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Monitoring.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// The efficiency criteria of a region's educational organisations for a year, indicator by indicator: the inputs of
/// each organisation are filled from the records the system holds, then overridden by the parts its submitted report
/// gives; the results replace the region-year's criterion and indicator snapshots, matched by key.
/// </summary>
internal sealed class CriteriaComputation(IApplicationDbContext db, IReportedCriterionInputs reports, IBulkInserts bulk)
{
    public async Task<Dictionary<Guid, CriteriaEvaluation>> ComputeAsync(Guid regionId, int year, List<OrganizationRow> organizations, RegionAggregates aggregates,
        Dictionary<Guid, HeadCountRow> headCounts, CancellationToken cancellationToken)
    {
        var programmes = (await aggregates.Programmes(cancellationToken)).ToDictionary(r => r.OrganizationId, r => r.Count);
        var answers = (await aggregates.QuestionnaireAnswers(cancellationToken)).ToLookup(a => a.OrganizationId);
        var dynamics = (await aggregates.LearningDynamics(cancellationToken)).ToLookup(d => d.OrganizationId);
        var employments = (await aggregates.Employments(cancellationToken)).ToDictionary(e => e.OrganizationId);
        var contests = (await aggregates.YoungSpecialistContestParticipations(cancellationToken)).ToDictionary(r => r.OrganizationId, r => r.Count);
        var publications = (await aggregates.Publications(cancellationToken)).ToLookup(p => p.OrganizationId);
        var trainings = (await aggregates.MentorTrainings(cancellationToken)).ToDictionary(t => t.OrganizationId);
        var contestRecords = (await aggregates.MentorshipContestParticipations(cancellationToken)).ToDictionary(r => r.OrganizationId, r => r.Count);
        var contestReports = (await aggregates.MentorshipContestReports(cancellationToken)).ToDictionary(r => r.OrganizationId);
        var reported = await reports.ForRegionAsync(regionId, year, cancellationToken);

        var results = new Dictionary<Guid, CriteriaEvaluation>();
        foreach (var id in organizations.Where(o => o.Kind.IsEducational()).Select(o => o.Id))
        {
            var employment = employments.GetValueOrDefault(id);
            var published = publications[id].ToDictionary(p => p.Level, p => p.Count);
            var training = trainings.GetValueOrDefault(id);
            var inputs = new CriterionInputs(
                programmes.GetValueOrDefault(id),
                Count(answers[id], a => a.DeficitConditions),
                Count(answers[id], a => a.MaterialMotivation),
                Count(answers[id], a => a.NonMaterialMotivation),
                new(new RetentionInputs(employment?.Cohort ?? 0, employment?.Retained ?? 0, employment?.Teachers ?? 0, employment?.TeachersUnder3Years ?? 0), IndicatorSource.Records),
                new(new YoungSpecialistContestInputs(contests.GetValueOrDefault(id), headCounts.GetValueOrDefault(id)?.YoungSpecialists), IndicatorSource.Records),
                new(new PublicationInputs(published.GetValueOrDefault(ActivityLevel.School), published.GetValueOrDefault(ActivityLevel.Municipal),
                    published.GetValueOrDefault(ActivityLevel.Regional), published.GetValueOrDefault(ActivityLevel.Federal)), IndicatorSource.Records),
                new(new MentorTrainingInputs(training?.Mentors ?? 0, training?.Courses ?? 0, training?.MentorsTrained ?? 0), IndicatorSource.Records),
                MentorshipContest(contestReports.GetValueOrDefault(id), contestRecords.GetValueOrDefault(id)),
                new(dynamics[id].ToDictionary(d => d.Level, d => d.Count), IndicatorSource.Report));
            results[id] = EfficiencyCriteria.Evaluate(inputs.With(reported.GetValueOrDefault(id)));
        }

        return results;
    }

    /// <summary>
    /// Writes the criteria and their indicators whose figures changed (see <see cref="SnapshotWrites"/>): new rows in
    /// bulk, changed rows through the context; rows of organisations no longer computed are removed.
    /// </summary>
    public async Task<int> SaveAsync(Guid regionId, int year, Dictionary<Guid, CriteriaEvaluation> results, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inRegion = db.Organizations.IgnoreQueryFilters().Where(o => o.RegionId == regionId).Select(o => o.Id);
        var criteria = (await db.CriterionSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year && inRegion.Contains(s.OrganizationId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.OrganizationId, s.Criterion));
        var indicators = (await db.CriterionIndicatorSnapshots.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year && inRegion.Contains(s.OrganizationId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.OrganizationId, s.Indicator));
        var addedCriteria = new List<CriterionSnapshot>();
        var addedIndicators = new List<CriterionIndicatorSnapshot>();
        foreach (var (organizationId, evaluation) in results)
        {
            foreach (var result in evaluation.Criteria)
            {
                var isNew = !criteria.Remove((organizationId, result.Criterion), out var snapshot);
                snapshot ??= new CriterionSnapshot(organizationId, year, result.Criterion);
                var before = isNew ? null : SnapshotWrites.Figures(snapshot);
                snapshot.Set(result.Value, result.Level, result.InputsJson, now);
                Write(db.CriterionSnapshots, addedCriteria, snapshot, isNew, before, SnapshotWrites.Figures(snapshot));
            }

            foreach (var result in evaluation.Indicators)
            {
                var isNew = !indicators.Remove((organizationId, result.Indicator), out var snapshot);
                snapshot ??= new CriterionIndicatorSnapshot(organizationId, year, result.Indicator);
                var before = isNew ? null : SnapshotWrites.Figures(snapshot);
                snapshot.Set(result, now);
                Write(db.CriterionIndicatorSnapshots, addedIndicators, snapshot, isNew, before, SnapshotWrites.Figures(snapshot));
            }
        }

        await bulk.InsertAsync(addedCriteria, cancellationToken);
        await bulk.InsertAsync(addedIndicators, cancellationToken);
        db.CriterionSnapshots.RemoveRange(criteria.Values);
        db.CriterionIndicatorSnapshots.RemoveRange(indicators.Values);
        return results.Values.Sum(r => r.Criteria.Count);
    }

    private static void Write<T>(DbSet<T> set, List<T> added, T snapshot, bool isNew, object? before, object after)
        where T : class
    {
        if (isNew)
        {
            added.Add(snapshot);
        }
        else if (!before!.Equals(after))
        {
            set.Update(snapshot);
        }
    }

    /// <summary>6.3: the curator's information; without it, a mentorship-contest participation record of Y counts as participated.</summary>
    private static Sourced<MentorshipContestInputs>? MentorshipContest(ContestReportRow? report, int participations) => report is not null
        ? new(new MentorshipContestInputs(report.Participated || participations > 0, report.ContestName), IndicatorSource.Curator)
        : participations > 0 ? new(new MentorshipContestInputs(true, null), IndicatorSource.Records) : null;

    private static Dictionary<CriterionLevel, int> Count(IEnumerable<QuestionnaireAnswerCount> answers, Func<QuestionnaireAnswerCount, CriterionLevel?> level) =>
        answers.Where(a => level(a) is not null).GroupBy(a => level(a)!.Value).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
}
