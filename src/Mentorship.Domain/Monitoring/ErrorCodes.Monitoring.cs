namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of monitoring figures: indicators, their targets, efficiency criteria and their answers.</summary>
    public static class Monitoring
    {
        public const string IndicatorWithoutTarget = "monitoring.indicator_without_target";
        public const string TargetCountNotWhole = "monitoring.target_count_not_whole";
        public const string IndicatorIsShare = "monitoring.indicator_is_share";
        public const string IndicatorIsCount = "monitoring.indicator_is_count";
        public const string MunicipalityByLevel = "monitoring.municipality_by_level";
        public const string LevelNotInScale = "monitoring.level_not_in_scale";
        public const string CriterionNotAnswered = "monitoring.criterion_not_answered";
    }
}
