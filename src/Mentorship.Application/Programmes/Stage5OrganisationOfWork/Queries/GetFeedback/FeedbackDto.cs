using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;

public sealed record FeedbackDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid AuthorPersonId { get; init; }

    public ProgressPoint Stage { get; init; }

    public required string Text { get; init; }

    public int? Rating { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Feedback, FeedbackDto>();
    }
}
