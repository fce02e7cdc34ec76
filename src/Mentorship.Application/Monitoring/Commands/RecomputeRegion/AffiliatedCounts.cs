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

        Set(figures, await aggregates.PupilsInBandMentoredAbove(cancellationToken), _ => Indicator.PupilsMentored);
        Set(figures, await aggregates.YoungTeachersMentoredAbove(cancellationToken), _ => Indicator.YoungTeachersMentored);
        foreach (var rows in new[]
                 {
                     await aggregates.ParticipantsAbove(cancellationToken), await aggregates.ParticipantsByFormAbove(cancellationToken),
                     await aggregates.ParticipantsByFormatAbove(cancellationToken), await aggregates.ParticipantsByLocationAbove(cancellationToken),
                 })
        {
            Set(figures, rows, RoleIndicator);
        }

        foreach (var row in await aggregates.PupilsNotPlacedMentoredAbove(cancellationToken))
        {
            figures.NotPlacedAbove(row.Level, row.UnitId, row.Count);
        }
    }

    private static void Set(FigureSet figures, List<UnitCount> rows, Func<GroupRole, Indicator> indicator)
    {
        foreach (var row in rows)
        {
            figures.DistinctAbove(row.Level, row.UnitId, indicator(row.Role), row.Breakdown, row.Count);
        }
    }

    private static Indicator RoleIndicator(GroupRole role) => role == GroupRole.Mentor ? Indicator.Mentors : Indicator.Mentees;
}
