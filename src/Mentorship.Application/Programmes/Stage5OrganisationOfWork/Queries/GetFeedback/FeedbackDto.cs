using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;

/// <summary>Feedback (обратная связь) of a member of a pair or group at a point of the programme.</summary>
public sealed record FeedbackDto
{
    /// <summary>Identifier of the feedback.</summary>
    public Guid Id { get; init; }

    /// <summary>The pair or group.</summary>
    public Guid GroupId { get; init; }

    /// <summary>The member whose feedback it is.</summary>
    public Guid AuthorPersonId { get; init; }

    /// <summary>The point: initial, midpoint or final.</summary>
    public ProgressPoint Stage { get; init; }

    /// <summary>The feedback in words.</summary>
    public required string Text { get; init; }

    /// <summary>Rating from 1 to 10; null when none was given.</summary>
    public int? Rating { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset GivenAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Feedback, FeedbackDto>();
    }
}
