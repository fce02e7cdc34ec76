namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>What a run computed, added up over its regions.</summary>
/// <param name="Regions">Regions in the run.</param>
/// <param name="RegionsSucceeded">Regions finished successfully.</param>
/// <param name="RegionsFailed">Regions failed after their last attempt.</param>
/// <param name="Organizations">Organisations computed.</param>
/// <param name="IndicatorSnapshots">Indicator snapshots written.</param>
/// <param name="CriterionSnapshots">Efficiency-criterion snapshots written.</param>
public sealed record JobSummaryDto(int Regions, int RegionsSucceeded, int RegionsFailed, int Organizations, int IndicatorSnapshots, int CriterionSnapshots);
