using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>A count of distinct persons in a municipality or the region, by role and breakdown.</summary>
public sealed record UnitCount(MonitoringLevel Level, Guid UnitId, GroupRole Role, string Breakdown, int Count);

/// <summary>
/// Distinct persons above the organisations: a person affiliated with two organisations counts at each of them but
/// once in their municipality and once in the region. Only needed when an affiliation was active in Y; otherwise the
/// organisations' counts add up to these.
/// </summary>
public sealed partial class RegionAggregates
{
    /// <summary>Whether any person of the region's pairs and groups of Y belonged to a second organisation in Y.</summary>
    public Task<bool> AnyAffiliationInYear(CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        return db.PersonAffiliations.IgnoreQueryFilters()
            .Where(a => a.From <= end && (a.To == null || a.To >= start))
            .AnyAsync(a => db.Organizations.IgnoreQueryFilters().Any(o => o.Id == a.OrganizationId && o.RegionId == regionId), cancellationToken);
    }

    public Task<List<UnitCount>> ParticipantsAbove(CancellationToken cancellationToken) =>
        DistinctAbove(Members().Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = null, Format = null }), IndicatorSnapshot.Total, cancellationToken);

    public Task<List<UnitCount>> ParticipantsByFormAbove(CancellationToken cancellationToken) =>
        DistinctAbove(Members().Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = m.Form, Format = null }), null, cancellationToken);

    public Task<List<UnitCount>> ParticipantsByFormatAbove(CancellationToken cancellationToken) =>
        DistinctAbove(Members().Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = null, Format = m.Format }), null, cancellationToken);

    public async Task<List<UnitCount>> ParticipantsByLocationAbove(CancellationToken cancellationToken) =>
    [
        .. await DistinctAbove(Members().Where(m => m.IsRural).Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = null, Format = null }), Breakdowns.Rural, cancellationToken),
        .. await DistinctAbove(Members().Where(m => m.IsHardToReach).Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = null, Format = null }), Breakdowns.HardToReach, cancellationToken),
    ];

    public Task<List<UnitCount>> PupilsInBandMentoredAbove(CancellationToken cancellationToken) => MenteesAbove(PupilsInBand(), cancellationToken);

    public Task<List<UnitCount>> PupilsNotPlacedMentoredAbove(CancellationToken cancellationToken) => MenteesAbove(PupilsNotPlaced(), cancellationToken);

    public Task<List<UnitCount>> YoungTeachersMentoredAbove(CancellationToken cancellationToken) => MenteesAbove(YoungTeachers(), cancellationToken);

    private Task<List<UnitCount>> MenteesAbove(IQueryable<MemberRow> members, CancellationToken cancellationToken) =>
        DistinctAbove(members.Where(m => m.Role == GroupRole.Mentee).Select(m => new KeyedRow { PersonId = m.PersonId, MunicipalityId = m.MunicipalityId, Role = m.Role, Form = null, Format = null }), IndicatorSnapshot.Total, cancellationToken);

    /// <param name="breakdown">The breakdown of every row; null to take it from the row's form or format.</param>
    private async Task<List<UnitCount>> DistinctAbove(IQueryable<KeyedRow> rows, string? breakdown, CancellationToken cancellationToken)
    {
        var byMunicipality = await rows.GroupBy(r => new { r.MunicipalityId, r.Role, r.Form, r.Format })
            .Select(g => new { g.Key.MunicipalityId, g.Key.Role, g.Key.Form, g.Key.Format, Count = g.Select(r => r.PersonId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var inRegion = await rows.GroupBy(r => new { r.Role, r.Form, r.Format })
            .Select(g => new { g.Key.Role, g.Key.Form, g.Key.Format, Count = g.Select(r => r.PersonId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        string Breakdown(MentoringForm? form, MentoringFormat? format) =>
            breakdown ?? (form is { } f ? Breakdowns.Form(f) : format is { } t ? Breakdowns.Format(t) : IndicatorSnapshot.Total);
        return
        [
            .. byMunicipality.Select(r => new UnitCount(MonitoringLevel.Municipality, r.MunicipalityId, r.Role, Breakdown(r.Form, r.Format), r.Count)),
            .. inRegion.Select(r => new UnitCount(MonitoringLevel.Region, regionId, r.Role, Breakdown(r.Form, r.Format), r.Count)),
        ];
    }

    // Object initialiser, not a positional record: EF translates member access on it in the grouping that follows.
    private sealed class KeyedRow
    {
        public Guid PersonId { get; init; }

        public Guid MunicipalityId { get; init; }

        public GroupRole Role { get; init; }

        public MentoringForm? Form { get; init; }

        public MentoringFormat? Format { get; init; }
    }
}
