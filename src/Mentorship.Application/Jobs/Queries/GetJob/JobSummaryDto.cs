namespace Mentorship.Application.Jobs.Queries.GetJob;

/// <summary>What a run computed, added up over its regions.</summary>
public sealed record JobSummaryDto(int Regions, int RegionsSucceeded, int RegionsFailed, int Organizations, int IndicatorSnapshots, int CriterionSnapshots);
