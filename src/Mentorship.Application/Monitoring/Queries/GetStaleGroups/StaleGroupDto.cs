using AutoMapper;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Monitoring.Queries.GetStaleGroups;

public sealed record StaleGroupDto
{
    public Guid GroupId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid OrganizationId { get; init; }

    public DateOnly StartedAt { get; init; }

    public DateTimeOffset? LastMeetingAt { get; init; }

    public int DaysWithoutMeeting { get; init; }

    public DateTimeOffset FlaggedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<StaleGroup, StaleGroupDto>();
    }
}
