using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A flag set by the daily job: an active pair or group with no meeting logged for the configured number of days
/// (30 by default). Listed for the curator of the programme's organisation and counted in monitoring.
/// </summary>
public class StaleGroup : BaseEntity
{
    public const int DefaultDays = 30;

    private StaleGroup()
    {
    }

    public StaleGroup(Guid groupId, Guid programmeId, Guid organizationId, DateOnly startedAt, DateTimeOffset? lastMeetingAt, DateOnly today, DateTimeOffset flaggedAt)
    {
        GroupId = Check.NotEmpty(groupId, "groupId");
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        StartedAt = startedAt;
        LastMeetingAt = lastMeetingAt;
        var since = lastMeetingAt is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : startedAt;
        DaysWithoutMeeting = Math.Max(0, today.DayNumber - since.DayNumber);
        FlaggedAt = flaggedAt;
    }

    public Guid GroupId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The organisation that runs the programme: its curator sees the flag.</summary>
    public Guid OrganizationId { get; private set; }

    public DateOnly StartedAt { get; private set; }

    public DateTimeOffset? LastMeetingAt { get; private set; }

    public int DaysWithoutMeeting { get; private set; }

    public DateTimeOffset FlaggedAt { get; private set; }

    /// <summary>Stale: no meeting (or, before the first, no start) within the last <paramref name="days"/> days.</summary>
    public static bool IsStale(DateOnly startedAt, DateTimeOffset? lastMeetingAt, DateOnly today, int days)
    {
        var since = lastMeetingAt is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : startedAt;
        return today.DayNumber - since.DayNumber >= days;
    }
}
