namespace Mentorship.Application.Exports;

public static class ExportDatasets
{
    public const string Coverage = "coverage";
    public const string Criteria = "criteria";
    public const string CriteriaInputs = "criteria-inputs";
    public const string RequestsMap = "requests-map";
    public const string Pairs = "pairs";
    public const string Roadmaps = "roadmaps";
    public const string CriteriaDistribution = "criteria-distribution";
    public const string CoverageByYear = "coverage-by-year";
    public const string Plan = "plan";

    public static readonly IReadOnlyList<string> All = [Coverage, Criteria, CriteriaInputs, RequestsMap, Pairs, Roadmaps, CriteriaDistribution, CoverageByYear, Plan];
}
