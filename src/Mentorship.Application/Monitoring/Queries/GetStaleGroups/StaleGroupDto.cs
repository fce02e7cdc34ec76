using AutoMapper;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetStaleGroups;

/// <summary>
/// An active pair or group with no meeting for the configured number of days, as the daily job flagged it.
/// </summary>
public sealed record StaleGroupDto
{
    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>Its programme.</summary>
    public Guid ProgrammeId { get; init; }

    /// <summary>The organisation that runs the programme.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Date the pair or group started.</summary>
    public DateOnly StartedAt { get; init; }

    /// <summary>When its last meeting took place; null when it has had none.</summary>
    public DateTimeOffset? LastMeetingAt { get; init; }

    /// <summary>
    /// Days from the last meeting (or from the start when there was none) to the day it was flagged; 30 or more by
    /// default.
    /// </summary>
    public int DaysWithoutMeeting { get; init; }

    /// <summary>When the daily job flagged it (UTC).</summary>
    public DateTimeOffset FlaggedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StaleGroup, StaleGroupDto>();
    }
}
