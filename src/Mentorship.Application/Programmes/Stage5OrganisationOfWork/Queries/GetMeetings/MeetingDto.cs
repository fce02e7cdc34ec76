using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;

public sealed record MeetingDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public DateTimeOffset At { get; init; }

    public int DurationMinutes { get; init; }

    public MeetingKind Kind { get; init; }

    public string? Topic { get; init; }

    public string? Notes { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Meeting, MeetingDto>();
    }
}
