using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Common;

/// <summary>
/// The inputs of criteria 4–7 that organisations submitted in answer to a reporting request (запрос в ОО) for a year,
/// per organisation of a region: the recompute takes each part a report gives instead of the system's records, with
/// source "report". Implemented by <see cref="SubmittedReportInputs"/>.
/// </summary>
public interface IReportedCriterionInputs
{
    Task<IReadOnlyDictionary<Guid, ReportedCriterionInputs>> ForRegionAsync(Guid regionId, int year, CancellationToken cancellationToken);
}
