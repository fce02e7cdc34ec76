using AutoMapper;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGoals;

public sealed record GoalDto
{
    public Guid Id { get; init; }

    public Guid GroupId { get; init; }

    public Guid? MenteePersonId { get; init; }

    public required string Text { get; init; }

    public DateOnly? DueOn { get; init; }

    public GoalStatus Status { get; init; }

    public DateOnly? ClosedOn { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Goal, GoalDto>();
    }
}
