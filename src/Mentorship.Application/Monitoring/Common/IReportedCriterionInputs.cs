using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>
/// The inputs of criteria 4–7 that organisations submitted in answer to a reporting request (запрос в ОО) for a year,
/// per organisation of a region: the recompute takes each part a report gives instead of the system's records, with
/// source "report". The seam the reporting requests plug into; until they do, no organisation has a report.
/// </summary>
public interface IReportedCriterionInputs
{
    Task<IReadOnlyDictionary<Guid, ReportedCriterionInputs>> ForRegionAsync(Guid regionId, int year, CancellationToken cancellationToken);
}

/// <summary>No reports: every criterion comes from the records the system holds.</summary>
internal sealed class NoReportedCriterionInputs : IReportedCriterionInputs
{
    public Task<IReadOnlyDictionary<Guid, ReportedCriterionInputs>> ForRegionAsync(Guid regionId, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ReportedCriterionInputs>>(new Dictionary<Guid, ReportedCriterionInputs>());
}
