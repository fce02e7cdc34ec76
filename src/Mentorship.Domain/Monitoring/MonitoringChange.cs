using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A change of an organisation's data that its monitoring of a year has not taken in yet — a pair or group confirmed
/// or closed. While one exists, the snapshots of that year for the organisation, its municipality and its region are
/// stale; the recompute of the region and year removes the changes it has seen. Rows are only added and removed,
/// never updated, so concurrent changes never collide.
/// </summary>
public class MonitoringChange : BaseEntity
{
    public const string GroupConfirmed = "group.confirmed";
    public const string GroupClosed = "group.closed";
    public const int CauseMaxLength = TextLengths.Code;

    private MonitoringChange()
    {
        Cause = null!;
    }

    public MonitoringChange(Guid organizationId, Guid municipalityId, Guid regionId, int year, string cause, Guid? groupId, DateTimeOffset changedAt)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        MunicipalityId = Check.NotEmpty(municipalityId, "municipalityId");
        RegionId = Check.NotEmpty(regionId, "regionId");
        Year = Check.InRange(year, AcademicYear.MinStartYear, AcademicYear.MaxStartYear, "year");
        Cause = Guard.NotBlank(cause, "cause", CauseMaxLength);
        GroupId = groupId;
        ChangedAt = changedAt;
    }

    public Guid OrganizationId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid RegionId { get; private set; }

    /// <summary>The monitoring (calendar) year whose figures the change moves.</summary>
    public int Year { get; private set; }

    /// <summary>What changed: <see cref="GroupConfirmed"/> or <see cref="GroupClosed"/>.</summary>
    public string Cause { get; private set; }

    public Guid? GroupId { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>
    /// The monitoring years a change dated <paramref name="date"/> and made at <paramref name="now"/> moves: a pair
    /// counts in every year it was active, so a backdated start or end moves each year from then to now.
    /// </summary>
    public static IEnumerable<int> YearsAffected(DateOnly date, DateTimeOffset now)
    {
        var from = Math.Clamp(Math.Min(date.Year, now.Year), AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        var to = Math.Clamp(Math.Max(date.Year, now.Year), AcademicYear.MinStartYear, AcademicYear.MaxStartYear);
        return Enumerable.Range(from, to - from + 1);
    }
}
