using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>
/// Once per level: when people of the region belonged to two organisations in Y, the municipalities' and the region's
/// person counts are counted as distinct persons instead of summed over organisations. Denominators stay as reported.
/// The additional-education share keeps its sum: schools add their reported figures to it, which are not persons.
/// </summary>
internal static class AffiliatedCounts
{
    public static async Task ApplyAsync(FigureSet figures, RegionAggregates aggregates, CancellationToken cancellationToken)
    {
        if (!await aggregates.AnyAffiliationInYear(cancellationToken))
        {
            return;
        }

        Set(figures, await aggregates.PupilsInBandMentoredAbove(cancellationToken), (_, _) => (Indicator.PupilsMentored, IndicatorSnapshot.Total));
        Set(figures, await aggregates.YoungTeachersMentoredAbove(cancellationToken), (_, _) => (Indicator.YoungTeachersMentored, IndicatorSnapshot.Total));
        Set(figures, await aggregates.ParticipantsAbove(cancellationToken), (role, _) => (RoleIndicator(role), IndicatorSnapshot.Total));
        Set(figures, await aggregates.ParticipantsByFormAbove(cancellationToken), (role, key) => (RoleIndicator(role), Breakdowns.Form((MentoringForm)key)));
        Set(figures, await aggregates.ParticipantsByFormatAbove(cancellationToken), (role, key) => (RoleIndicator(role), Breakdowns.Format((MentoringFormat)key)));
        Set(figures, await aggregates.ParticipantsByLocationAbove(cancellationToken), (role, key) => (RoleIndicator(role), key == 0 ? Breakdowns.Rural : Breakdowns.HardToReach));
        foreach (var row in await aggregates.PupilsNotPlacedMentoredAbove(cancellationToken))
        {
            figures.NotPlacedAbove(row.Level, row.UnitId, row.Count);
        }
    }

    private static void Set(FigureSet figures, List<UnitCount> rows, Func<GroupRole, int, (Indicator Indicator, string Breakdown)> figure)
    {
        foreach (var row in rows)
        {
            var (indicator, breakdown) = figure(row.Role, row.Key);
            figures.DistinctAbove(row.Level, row.UnitId, indicator, breakdown, row.Count);
        }
    }

    private static Indicator RoleIndicator(GroupRole role) => role == GroupRole.Mentor ? Indicator.Mentors : Indicator.Mentees;
}
