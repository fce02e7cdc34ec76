using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>
/// The figures an organisation reported for year Y in its submitted (or accepted) answers to reporting requests, each
/// section from the latest submission that holds it; null where no submitted answer holds the section.
/// </summary>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="HeadCounts">Head-counts (they also reach the recompute as a head-count report).</param>
/// <param name="AdditionalEducation">ДО enrolment and the mentees among it.</param>
/// <param name="Retention">Criterion 4's inputs.</param>
/// <param name="Contests">Criterion 5's inputs.</param>
/// <param name="Dissemination">Criterion 6's inputs.</param>
/// <param name="LearningDynamics">Criterion 7's inputs.</param>
public sealed record ReportedInputsRow(
    Guid OrganizationId,
    ReportedHeadCounts? HeadCounts,
    ReportedAdditionalEducation? AdditionalEducation,
    ReportedRetention? Retention,
    ReportedContests? Contests,
    ReportedDissemination? Dissemination,
    ReportedLearningDynamics? LearningDynamics);

/// <summary>
/// Reporting requests (запрос в ОО) feeding the criteria: per organisation of a region, the parts of criteria 4–7 its
/// latest submitted answers give, which the recompute takes instead of the system's records (source "report").
/// </summary>
internal sealed class SubmittedReportInputs(IApplicationDbContext db) : IReportedCriterionInputs
{
    public async Task<IReadOnlyDictionary<Guid, ReportedCriterionInputs>> ForRegionAsync(Guid regionId, int year, CancellationToken cancellationToken)
    {
        var rows = await LatestAsync(db, regionId, year, cancellationToken);
        return rows.ToDictionary(r => r.Key, r => ToCriterionInputs(r.Value));
    }

    /// <summary>Per organisation of the region, the latest submitted figures of each section for Y (a returned answer is under correction and does not count).</summary>
    public static async Task<Dictionary<Guid, ReportedInputsRow>> LatestAsync(IApplicationDbContext db, Guid regionId, int year, CancellationToken cancellationToken)
    {
        var submitted = await db.ReportingResponses.IgnoreQueryFilters().AsNoTracking()
            .Where(a => (a.Status == ReportingResponseStatus.Submitted || a.Status == ReportingResponseStatus.Accepted)
                        && db.ReportingRequests.IgnoreQueryFilters().Any(r => r.Id == a.RequestId && r.RegionId == regionId && r.Year == year))
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        return submitted.GroupBy(a => a.OrganizationId).ToDictionary(g => g.Key, g => new ReportedInputsRow(
            g.Key,
            g.Select(a => a.HeadCounts).FirstOrDefault(s => s is not null),
            g.Select(a => a.AdditionalEducation).FirstOrDefault(s => s is not null),
            g.Select(a => a.Retention).FirstOrDefault(s => s is not null),
            g.Select(a => a.Contests).FirstOrDefault(s => s is not null),
            g.Select(a => a.Dissemination).FirstOrDefault(s => s is not null),
            g.Select(a => a.LearningDynamics).FirstOrDefault(s => s is not null)));
    }

    private static ReportedCriterionInputs ToCriterionInputs(ReportedInputsRow row) => new(
        row.Retention is { } r ? new RetentionInputs(r.YoungSpecialistsHired, r.YoungSpecialistsRetained, r.Teachers, r.TeachersUnder3YearsInOrganization) : null,
        row.Contests is { } c ? new YoungSpecialistContestInputs(c.SchoolLevelParticipations + c.MunicipalLevelParticipations, c.YoungSpecialists) : null,
        row.Dissemination is { } d ? new PublicationInputs(d.OrganizationLevel, d.MunicipalLevel, d.RegionalLevel, d.FederalLevel) : null,
        row.Dissemination is { } t ? new MentorTrainingInputs(t.Mentors, t.DppCourses, t.MentorsTrained) : null,
        row.LearningDynamics is { } l
            ? new Dictionary<CriterionLevel, int> { [CriterionLevel.Positive] = l.Positive, [CriterionLevel.Stable] = l.Stable, [CriterionLevel.Negative] = l.Negative }
            : null,
        row.Dissemination is { } m ? new MentorshipContestInputs(m.MentorshipContestParticipation, null) : null);
}
