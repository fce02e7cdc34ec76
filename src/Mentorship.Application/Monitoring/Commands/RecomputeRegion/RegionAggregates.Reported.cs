using Mentorship.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// The figures an organisation reported for year Y in its submitted (or accepted) answers to reporting requests, each
/// section from the latest submission that holds it; null where no submitted answer holds the section.
/// </summary>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="HeadCounts">Head-counts (they also reach <see cref="RegionAggregates.HeadCounts"/> as a head-count report).</param>
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

/// <summary>The read seam of reporting requests (запрос в ОО) for the recompute: what the organisations of the region reported for Y.</summary>
public sealed partial class RegionAggregates
{
    /// <summary>Per organisation of the region, the latest submitted figures of each section for Y (a returned answer is under correction and does not count).</summary>
    public async Task<Dictionary<Guid, ReportedInputsRow>> ReportedInputs(CancellationToken cancellationToken)
    {
        var year = period.Year;
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
}
