using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMeetings;

/// <summary>A meeting of a pair or group (встреча) in its log.</summary>
public sealed record MeetingDto
{
    /// <summary>Identifier of the meeting.</summary>
    public Guid Id { get; init; }

    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>When it took place, date and time with offset.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Length in minutes.</summary>
    public int DurationMinutes { get; init; }

    /// <summary>Kick-off, regular or final meeting.</summary>
    public MeetingKind Kind { get; init; }

    /// <summary>Topic; null when none was given.</summary>
    public string? Topic { get; init; }

    /// <summary>Notes; null when none were given.</summary>
    public string? Notes { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Meeting, MeetingDto>();
    }
}
